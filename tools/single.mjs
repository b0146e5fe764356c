// `make single`: the release build as ONE self-contained HTML file that opens from file://,
// with no server and no network. Scripts are inlined (the styles are inside the page already);
// the wasm-bindgen glue and Trunk's loader become one module script, which carries the wasm
// gzipped and base64-encoded and has the browser decompress it (DecompressionStream) as it
// compiles. ECharts, whose parts a page loads as ES modules (which file:// cannot), is inlined
// whole, as `make vendor` bundled it too (public/vendor/echarts.min.js). Preloads, SRI
// attributes, the manifest and the service worker go (nothing to fetch, no workers on
// file://); the favicon becomes a data: URI. The Content-Security-Policy allows
// this file's own inline code by hash and nothing else (tools/postbuild/csp.mjs). The build
// fails if anything would still be fetched.
//   node tools/single.mjs [dist] [out-dir]        (defaults: dist, dist-single)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { unbake } from './postbuild/bake.mjs';
import { MAP_META } from './postbuild/chart-parts.mjs';
import { INLINE_STYLE, hashSource, withPolicy } from './postbuild/csp.mjs';

const [dist = 'dist', outDir = 'dist-single'] = process.argv.slice(2);
const OUT = join(outDir, 'paradiplomacy-dashboard.html');
const IMAGE_TYPES = { svg: 'image/svg+xml', png: 'image/png', ico: 'image/x-icon' };

/** Stops the build, saying why and listing `items`. */
function fail(why, items = []) {
  console.error([`single: ${why}`, ...items.map((i) => `  ${i}`)].join('\n'));
  process.exit(1);
}

/** ECharts whole (tools/bundle-echarts.mjs), read from where `make vendor` wrote it. */
const ECHARTS_WHOLE = fileURLToPath(new URL('../public/vendor/echarts.min.js', import.meta.url));
const read = (href) => readFileSync(href === ECHARTS_WHOLE ? href : join(dist, href.replace(/^\.\//, '')));
const attr = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`, 'i'))?.[1];

/**
 * `code` made safe between <script> and </script>: "</script" can only stand in a string, a
 * regular expression or a comment, where "<\/script" means the same. "<!--" would switch the
 * HTML parser into a mode where a later "</script>" no longer ends the script: refused.
 */
function scriptText(code, what) {
  if (code.includes('<!--')) fail(`${what} contains "<!--", which changes where HTML ends the script`);
  return code.replace(/<\/(script)/gi, '<\\/$1');
}

/** The glue's exports as [exported, local] names; refuses a form it does not know. */
function exportsOf(glue) {
  const names = [];
  for (const line of glue.match(/^export\b.*$/gm) ?? []) {
    const declared = line.match(/^export (?:async )?(?:class|function\*?|const|let|var) ([\w$]+)/);
    const list = line.match(/^export \{([^}]*)\};?$/);
    if (declared) names.push([declared[1], declared[1]]);
    else if (list) {
      for (const spec of list[1].split(',')) {
        const [local, exported = local] = spec.trim().split(/\s+as\s+/);
        names.push([exported, local]);
      }
    } else fail('an export of the wasm-bindgen glue of a form this script does not know:', [line]);
  }
  return names;
}

/**
 * Trunk's inline loader made self-contained: the glue it imports goes first (inline modules may
 * keep their `export`s), then the loader in a block of its own (its `wasm` and the glue's must
 * not clash) with the names it imported bound to the glue's, and the wasm handed over as a
 * Response instead of a path to fetch.
 */
function moduleScript(loader) {
  const imported = loader.match(/^import (\w+), \* as (\w+) from '\.\/([^']+\.js)';$/m);
  const wasmPath = loader.match(/'\.\/([^']+\.wasm)'/);
  if (!imported || !wasmPath) fail("Trunk's loader is not the one this script knows:", loader.trim().split('\n'));
  const [importLine, init, bindings, glueFile] = imported;
  const glue = read(glueFile).toString();
  const imports = glue.match(/^\s*import\b.*$|\bimport\s*\(.*$/gm);
  if (imports) fail(`${glueFile} imports other files, which one HTML file cannot hold:`, imports);
  const names = exportsOf(glue);
  const local = Object.fromEntries(names);
  if (!local.default) fail(`${glueFile} has no default export (the init function)`);
  const wasm = gzipSync(read(wasmPath[1]), { level: 9 }).toString('base64');
  const code = `${glue}
// tools/single.mjs: Trunk's loader, given the wasm held in this file (gzip, base64).
{
const ${init} = ${local.default};
const ${bindings} = Object.freeze({ ${names.map(([e, l]) => `${e}: ${l}`).join(', ')} });
const wasmResponse = () => {
  const text = atob('${wasm}');
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const body = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(body, { headers: { 'content-type': 'application/wasm' } });
};
${loader.replace(importLine, '').replace(wasmPath[0], 'wasmResponse()').trim()}
}
`;
  return scriptText(code, `${glueFile} with Trunk's loader`);
}

const scripts = []; // the text of every inline script, as written, for the policy's hashes
// "./" (the fatal block's reload link) would open the folder from file://; "?" is this page.
// One file has one page: the overview's baked variants and the per-view pages' meta go (the
// app names the view in the query, `?view=`, as in any build of one page).
const unbaked = unbake(readFileSync(join(dist, 'index.html'), 'utf8')).replaceAll('href="./"', 'href="?"');
// ECharts whole where the page names the files a chart may draw with
// (tools/postbuild/chart-parts.mjs), then the maps' scripts (they register with it): classic scripts, run as the page is parsed.
// With no file named, the app takes every part and map as there (src/charts/echart/arrival.rs).
const CHART_FILES = /^([ \t]*)<template id="chart-files">\n([\s\S]*?)^[ \t]*<\/template>\n/m;
const named = unbaked.match(CHART_FILES) ?? fail('index.html names no files for its charts (<template id="chart-files">)');
const maps = [...named[2].matchAll(MAP_META)].map((m) => `${named[1]}<script src="${m[3]}"></script>\n`);
const page = unbaked.replace(CHART_FILES, () => `${named[1]}<script src="${ECHARTS_WHOLE}"></script>\n${maps.join('')}`);
let html = page.replace(/<link\b[^>]*>|<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (tag, attrs, body) => {
  if (tag.startsWith('<link')) {
    const [rel, href] = [attr(tag, 'rel'), attr(tag, 'href')];
    if (/\bicon\b/.test(rel)) {
      const type = IMAGE_TYPES[href.split('.').pop()] ?? fail(`an icon of unknown type: ${href}`);
      return `<link rel="${rel}" href="data:${type};base64,${read(href).toString('base64')}">`;
    }
    // Nothing to preload, and no web app manifest from file://.
    return ['modulepreload', 'preload', 'manifest'].includes(rel) ? '' : tag;
  }
  const src = attr(attrs, 'src');
  const code = src ? read(src).toString() : body;
  // public/sw-register.js (Trunk names it sw-register-<hash>.js): no service worker on file://.
  if (src && /(^|\/)sw-register(-[0-9a-f]+)?\.js$/.test(src)) return '';
  const module = attr(attrs, 'type') === 'module';
  const text = module ? moduleScript(code) : scriptText(code, src ?? 'an inline script');
  scripts.push(text);
  return `<script${module ? ' type="module"' : ''}>${text}</script>`;
});

// Every style of the page: the build's sheets are inside it already (tools/postbuild/styles.mjs);
// a sheet still linked would be a file left, refused below.
const styles = [...html.matchAll(INLINE_STYLE)].map((m) => m[1]);

// Whatever the page would still load: attributes of the markup (script and style bodies left
// out) and url()/@import in the styles. Links within the page (#…, ?…) and data: URIs are fine.
const markup = html.replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2\s*>/gi, '$1');
const left = [
  ...[...markup.matchAll(/\s(?:src|href|srcset|poster|data|action)="([^"]*)"/gi)].map((m) => m[1]),
  ...styles.flatMap((css) => [...css.matchAll(/url\(\s*['"]?([^'")]*)|@import\s+['"]([^'"]*)/gi)].map((m) => m[1] ?? m[2])),
].filter((ref) => !/^(data:|#|\?)/.test(ref));
if (left.length) fail('references to other files remain:', left);

html = withPolicy(html, { scripts: scripts.map(hashSource), styles: styles.map(hashSource), self: false });
mkdirSync(outDir, { recursive: true });
writeFileSync(OUT, html);
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`${OUT}: ${kb(Buffer.byteLength(html))} (gzip ${kb(gzipSync(html, { level: 9 }).length)})`);
