// The bake: every view of the release build as a page of its own whose HTML already holds what
// a first visit shows (header, navigation, filters, the view's heading, text and table, its
// chart as a picture), so the reader sees the view when the HTML is parsed, before any script.
//
// How: the build's own app renders each view in headless Chromium (Debian's /usr/bin/chromium,
// driven by playwright-core), and its DOM is kept. What is baked is therefore what the app
// renders, by construction; e2e/tests/bake.test.mjs checks it against the live app. Each chart
// is drawn a second time from the option the app gave ECharts, by ECharts's own server-side SVG
// renderer, into bake/<hash>.svg: one per language, embedding and theme.
//
// Per view, `<view>.html` (the overview: index.html) holds a <template> per variant (English
// and Indonesian, full and embedded); public/baked.js puts the reader's one on screen, and hands
// the page over to the app once it has drawn. Runs for release builds only (`trunk build
// --release`); BAKE=1 bakes any build, BAKE=0 none.
//
// A page loads the parts of ECharts its view draws with (the ones the app asked for while the
// view was baked) and the maps it draws on, as scripts of its own, the parts' chunks preloaded;
// everything else stays named by a `<meta>` (tools/postbuild/chart-parts.mjs), which the app
// loads from if the reader opens a view that needs it (src/charts/echart/arrival.rs). A page
// whose view draws no chart at all (the evidence) loads no ECharts.
//   node tools/postbuild/bake.mjs DIR       (also run by tools/postbuild.mjs)
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

import { MAP_META, PART_META } from './chart-parts.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];
/** The page's size while baking: the most common laptop and projector screen. */
const VIEWPORT = { width: 1366, height: 768 };
const LANGS = [['en', 'en-GB'], ['id', 'id-ID']];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.json': 'application/json' };

/**
 * `html` loading itself what its view draws with, before the template that names every file a
 * chart may draw with (tools/postbuild/chart-parts.mjs, at the end of the body): the parts of
 * ECharts in `parts`, every chunk they import preloaded first (all at once, rather than each
 * found by the module before it), then their modules, which run in the page's order (the core
 * first) with its deferred scripts; then the scripts of the maps in `maps`, which register with
 * the core. Each tag is marked `data-bake`, for `unbake`; the <meta>s stay, and the app loads
 * nothing twice (src/charts/echart/arrival.rs).
 */
function withOwnScripts(html, parts, maps) {
  if (!parts.size) return html;
  const metas = [...html.matchAll(PART_META)];
  if (!metas.length) throw new Error('bake: index.html names no parts of ECharts (tools/postbuild/chart-parts.mjs)');
  const used = metas.filter((m) => parts.has(m[2]));
  if (used.length !== parts.size) throw new Error(`bake: the app loaded parts of ECharts the page does not name: ${[...parts].join(' ')}`);
  const mapMetas = [...html.matchAll(MAP_META)].filter((m) => maps.has(m[2]));
  if (mapMetas.length !== maps.size) throw new Error(`bake: the charts draw on maps the page does not name: ${[...maps].join(' ')}`);
  const preloads = new Map();
  for (const m of used) {
    for (const chunk of m[5].split(' ').filter(Boolean)) {
      const [href, integrity] = chunk.split('|');
      preloads.set(href, integrity);
    }
  }
  const tags = [
    ...[...preloads].map(([href, integrity]) => `<link rel="modulepreload" href="${href}" integrity="${integrity}" data-chart-chunk data-bake>`),
    ...used.map((m) => `<script type="module" src="${m[3]}" integrity="${m[4]}" data-chart-part="${m[2]}" data-bake></script>`),
    ...mapMetas.map((m) => `<script src="${m[3]}" defer integrity="${m[4]}" data-chart-map="${m[2]}" data-bake></script>`),
  ];
  const at = html.match(/^([ \t]*)<template id="chart-files">$/m);
  if (!at) throw new Error('bake: index.html has no <template id="chart-files">');
  return html.slice(0, at.index) + tags.map((t) => `${at[1]}${t}\n`).join('') + html.slice(at.index);
}

/**
 * Marks of a baked page, so that a page is never baked twice and the single file can undo it:
 * its metas and style in the head, its chart files' tags at the end of the body, and the
 * variants before the app's root.
 */
const BAKE_TAGS = /[ \t]*<meta name="(?:view-pages|baked-view|baked-pictures)"[^>]*>\n|[ \t]*<style data-bake>[\s\S]*?<\/style>\n|[ \t]*<(?:link|script) [^>]*\bdata-bake>(?:<\/script>)?\n/g;
const BAKE_BODY = /[ \t]*<div id="baked"><\/div>\n[\s\S]*?<script>paradiplomacyBake\(\)<\/script>\n/;

/** `html` as it was before the bake: one page, no baked variants (for the single file). */
export function unbake(html) {
  return html.replace(BAKE_TAGS, '').replace(BAKE_BODY, '');
}

/** The page file of `view` (the first view, the overview, is index.html). */
const pageOf = (view, views) => (view === views[0] ? 'index.html' : `${view}.html`);

export async function run(dir) {
  const found = await readFile(join(dir, 'index.html'), 'utf8');
  const index = unbake(found);
  // Trunk says which build this is; by hand, a build already baked keeps its bake.
  const profile = process.env.TRUNK_PROFILE;
  const byDefault = profile ? profile === 'release' : found === index;
  if (process.env.BAKE ? process.env.BAKE === '0' : !byDefault) {
    console.log(`bake: skipped (${profile === 'debug' ? 'a debug build' : 'baked already'}; BAKE=1 bakes it)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  await writeFile(join(dir, 'index.html'), index);
  const server = await serve(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  try {
    const views = await discoverViews(browser, server.url);
    const pagesMeta = `<meta name="view-pages" content="${views.join(' ')}">`;
    // First the pages as the app will find them (a page per view), so that every link it
    // renders while baking has that form.
    for (const view of views) await writeFile(join(dir, pageOf(view, views)), withHead(index, [pagesMeta]));
    // Pictures of an earlier bake go: only this one's are part of the build.
    await rm(join(dir, 'bake'), { recursive: true, force: true });
    await mkdir(join(dir, 'bake'), { recursive: true });
    for (const view of views) {
      const file = pageOf(view, views);
      const variants = [];
      for (const [lang, locale] of LANGS) {
        for (const embed of [false, true]) {
          const shot = await bakeVariant(browser, `${server.url}${file}${embed ? '?embed=1' : ''}`, locale);
          variants.push({ name: `${lang}${embed ? '-embed' : ''}`, lang, ...shot });
        }
      }
      const drawn = new Set(variants.flatMap((v) => v.maps));
      const parts = new Set(variants.flatMap((v) => v.parts));
      const html = await assemble(dir, withOwnScripts(index, parts, drawn), view, pagesMeta, variants);
      await writeFile(join(dir, file), html);
      console.log(`bake: ${file} (${variants.map((v) => v.name).join(', ')})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The views, in navigation order, from the app's own navigation (`?view=<code>` links). */
async function discoverViews(browser, url) {
  const page = await browser.newPage({ viewport: VIEWPORT });
  try {
    await page.goto(`${url}index.html`);
    await page.waitForSelector('html[data-app-ready] nav.view-nav a');
    const hrefs = await page.$$eval('nav.view-nav a', (links) => links.map((a) => a.getAttribute('href')));
    const views = hrefs.map((h) => new URLSearchParams(h.replace(/^[^?]*/, '')).get('view') ?? 'overview');
    // index.html is the one page here (`?view=<code>` links): the pages per view come after.
    if (views[0] !== 'overview' || new Set(views).size !== views.length) {
      throw new Error(`bake: unexpected navigation ${hrefs.join(' ')}`);
    }
    return views;
  } finally {
    await page.close();
  }
}

/**
 * One variant of one view: the app's DOM (charts emptied, form state in attributes, inline
 * styles as classes) and the SVG of each chart in the light and the dark theme.
 */
async function bakeVariant(browser, url, locale) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale, colorScheme: 'light', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await settled(page);
    const shot = await page.evaluate(snapshot);
    // The parts of ECharts the app loaded for this view's charts, before the bake's own.
    const parts = await page.evaluate(() => [...document.querySelectorAll('script[data-chart-part]')].map((s) => s.dataset.chartPart));
    if (shot.charts) await page.evaluate(svgRenderer);
    const light = await page.evaluate(chartSvgs);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await settled(page);
    const dark = await page.evaluate(chartSvgs);
    if (errors.length) throw new Error(`bake: ${url}: ${errors.join('; ')}`);
    if (light.length !== shot.charts || dark.length !== shot.charts) throw new Error(`bake: ${url}: charts went missing`);
    return { ...shot, light, dark, parts, maps: await page.evaluate(chartMaps) };
  } finally {
    await context.close();
  }
}

/** In the page: the maps the charts draw on (`geo` and series `map`, as ECharts holds them). */
function chartMaps() {
  return [...document.querySelectorAll('#app .chart')].flatMap((el) => {
    const option = window.echarts.getInstanceByDom(el)?.getOption();
    return option ? [...(option.geo ?? []), ...(option.series ?? [])].map((c) => c.map).filter(Boolean) : [];
  });
}

/** Waits until the app is up, its charts drawn and its deferred parts rendered. */
async function settled(page) {
  await page.waitForSelector('html[data-app-ready]');
  await page.waitForFunction(() => !document.querySelector('#app .chart') || performance.getEntriesByName('first-chart-drawn').length > 0);
  await page.waitForLoadState('networkidle');
  // Two frames and a moment: tables deferred past the first frame, charts resized.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)))));
}

/** In the page: #app as HTML, with what the HTML alone would lose or must not hold. */
function snapshot() {
  const app = document.getElementById('app');
  const clone = app.cloneNode(true);
  // Form state lives in properties, which HTML does not keep: written as attributes.
  const FORM = 'input, select, option, textarea';
  const live = app.querySelectorAll(FORM);
  const copy = clone.querySelectorAll(FORM);
  live.forEach((el, i) => {
    const c = copy[i];
    if (el.matches('input[type="checkbox"], input[type="radio"]')) c.toggleAttribute('checked', el.checked);
    else if (el.matches('input, textarea')) c.setAttribute('value', el.value);
    else if (el.matches('option')) c.toggleAttribute('selected', el.selected);
  });
  // Charts: their canvas and ECharts's own elements go; the picture takes their place.
  const charts = clone.querySelectorAll('.chart');
  app.querySelectorAll('.chart').forEach((el, i) => {
    const c = charts[i];
    c.replaceChildren(document.createComment(`bake-chart-${i}`));
    c.removeAttribute('_echarts_instance_');
  });
  // Inline styles (the Content-Security-Policy refuses them in HTML) become classes.
  const styles = [];
  clone.querySelectorAll('[style]').forEach((el) => {
    const css = el.getAttribute('style');
    let n = styles.indexOf(css);
    if (n < 0) n = styles.push(css) - 1;
    el.classList.add(`bake-style-${n}`);
    el.removeAttribute('style');
  });
  return { html: clone.innerHTML, charts: charts.length, styles };
}

/** In the page: ECharts' SVG renderer, the part the app loads only for an SVG download. */
async function svgRenderer() {
  const meta = document.getElementById('chart-files')?.content.querySelector('meta[name="chart-part"][data-part="svg"]');
  if (!meta) throw new Error('bake: the page names no SVG renderer (meta[name="chart-part"][data-part="svg"] in #chart-files)');
  await import(new URL(meta.content, document.baseURI).href);
}

/** In the page: each chart drawn again by ECharts's SVG renderer from its current option. */
function chartSvgs() {
  const dark = document.documentElement.dataset.theme === 'dark';
  return [...document.querySelectorAll('#app .chart')].map((el) => {
    const live = window.echarts.getInstanceByDom(el);
    if (!live) return null;
    const width = el.clientWidth;
    const height = el.clientHeight;
    const svg = window.echarts.init(null, dark ? 'dark' : null, { renderer: 'svg', ssr: true, width, height });
    try {
      const option = live.getOption();
      option.animation = false;
      svg.setOption(option);
      return svg.renderToSVGString();
    } finally {
      svg.dispose();
    }
  });
}

/**
 * An SVG from ECharts made small and still: no hover styles or animations (a picture), and
 * coordinates of long paths (a map's coastlines) rounded to whole pixels, short ones to tenths.
 */
export function compactSvg(svg) {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/\sclass="[^"]*"/g, '')
    .replace(/\sd="([^"]*)"/g, (_, d) => {
      const long = d.length > 400;
      return ` d="${d.replace(/-?\d+\.\d+/g, (n) => String(long ? Math.round(+n) : Math.round(+n * 10) / 10))}"`;
    })
    .replace(/>\s+</g, '><');
}

/** Writes `svg` as bake/<hash>.svg (the same picture once, however many variants show it). */
async function writeSvg(dir, svg) {
  const name = `bake/${createHash('sha256').update(svg).digest('hex').slice(0, 16)}.svg`;
  await writeFile(join(dir, name), svg);
  return name;
}

const escapeAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The baked page of `view`: index.html with its variants, their styles and the metas. */
async function assemble(dir, index, view, pagesMeta, variants) {
  const rules = new Map(); // class -> declarations: one class per distinct inline style
  const built = [];
  const pictures = []; // `<variant>/<theme>=<file>`, for public/baked.js to fetch from the head
  for (const v of variants) {
    let html = v.html;
    // Inline styles as classes named by their declarations, so that variants with the same
    // markup have the same classes (and can share it, below).
    const classes = v.styles.map((css) => {
      const name = `bk-${createHash('sha256').update(css).digest('hex').slice(0, 8)}`;
      rules.set(name, css);
      return name;
    });
    html = html.replace(/\bbake-style-(\d+)\b/g, (_, n) => classes[Number(n)]);
    for (let i = 0; i < v.charts; i++) {
      const shown = [];
      for (const theme of ['light', 'dark']) {
        const svg = v[theme][i];
        if (!svg) continue;
        const src = await writeSvg(dir, compactSvg(svg));
        shown.push(`<img class="baked-chart" data-theme="${theme}" src="${escapeAttr(src)}" alt="">`);
        pictures.push(`${v.name}/${theme}=${src}`);
      }
      html = html.replace(`<!--bake-chart-${i}-->`, shown.join(''));
    }
    if (/<script\b/i.test(html)) throw new Error(`bake: ${view}/${v.name} holds a <script>`);
    built.push({ ...v, html });
  }
  // A <main> that several variants render alike (the evidence view's, full and embedded: its
  // list is most of the page) is written once, as a part each of them names by a comment;
  // public/baked.js puts it in place. gzip, whose window is 32 kB, would not find the repeat.
  const MAIN = /<main\b[\s\S]*?<\/main>/;
  const mains = new Map();
  for (const v of built) {
    const main = v.html.match(MAIN)?.[0];
    if (main) mains.set(main, [...(mains.get(main) ?? []), v]);
  }
  const parts = [];
  for (const [main, sharing] of mains) {
    if (sharing.length < 2) continue;
    const id = createHash('sha256').update(main).digest('hex').slice(0, 12);
    parts.push(`<template data-bake-part="${id}">${main}</template>`);
    for (const v of sharing) v.html = v.html.replace(MAIN, `<!--bake-part:${id}-->`);
  }
  const templates = [
    ...built.map((v) => `<template data-bake="${v.name}" lang="${v.lang}">${v.html}</template>`),
    ...parts,
  ];
  const head = withHead(index, [
    pagesMeta,
    `<meta name="baked-view" content="${view}">`,
    `<meta name="baked-pictures" content="${escapeAttr(pictures.join(' '))}">`,
  ]).replace('</head>', `  <style data-bake>\n${[...rules].map(([name, css]) => `#baked .${name} { ${css} }`).join('\n')}\n  </style>\n</head>`);
  const body = [
    '  <div id="baked"></div>',
    ...templates.map((t) => `  ${t}`),
    '  <script>paradiplomacyBake()</script>',
    '',
  ].join('\n');
  if (!head.includes('  <div id="app"></div>')) throw new Error('bake: index.html has no <div id="app"></div>');
  return head.replace('  <div id="app"></div>', `${body}  <div id="app"></div>`);
}

/** `html` with `metas` after its viewport meta (the policy meta stays first after the charset). */
function withHead(html, metas) {
  const viewport = html.match(/[ \t]*<meta name="viewport"[^>]*>\n/);
  if (!viewport) throw new Error('bake: index.html has no viewport <meta>');
  const at = viewport.index + viewport[0].length;
  return html.slice(0, at) + metas.map((m) => `  ${m}\n`).join('') + html.slice(at);
}

/** A static server of `root` on a free loopback port. */
async function serve(root) {
  root = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok, fail) => server.listen(0, '127.0.0.1', ok).on('error', fail));
  const close = () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
  return { url: `http://127.0.0.1:${server.address().port}/`, close };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await run(resolve(process.argv[2] ?? 'dist'));
}
