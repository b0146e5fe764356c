// Post-build step "chart parts": names in the page every file a chart may draw with, for the
// app to load when a chart needs it (src/charts/echart/arrival.rs), in a
// `<template id="chart-files">` where index.html holds `<meta name="chart-parts">` (at the end of
// its body: on a phone's line the 2 kB of integrity hashes in the head made the first paint
// 50-90 ms later, docs/history.md):
//  - each part of ECharts (tools/echarts-parts.mjs, bundled into the build's echarts/ folder by
//    `make vendor`), as
//      <meta name="chart-part" data-part="heatmap" content="echarts/heatmap-<hash>.js"
//            data-integrity="sha384-…" data-imports="echarts/chunk-<hash>.js|sha384-… …">
//    with the Subresource Integrity of the module and of every chunk it imports;
//  - each map's script (public/vendor/world-map.js registers `world` with ECharts, so it must
//    run after the core): its <script> goes, and the template holds
//      <meta name="chart-map" data-map="world" content="<script>" data-integrity="…">.
// The bake turns what a view draws with into the page's own scripts (tools/postbuild/bake.mjs);
// the single file inlines them all (tools/single.mjs). Run by tools/postbuild.mjs after the
// compile hints (the glue's; ECharts' files come marked) and before the bake; a page already
// done is left as it is.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { sri } from './sri.mjs';

/** The list `make vendor` writes next to the parts (tools/bundle-echarts.mjs). */
const MANIFEST = new URL('../../public/vendor/echarts-parts.json', import.meta.url);
const PLACEHOLDER = /^([ \t]*)<meta name="chart-parts">\n/m;

/** The script of each map a chart may draw on, as Trunk names it. */
const MAP_SCRIPTS = { world: /^(?:\.\/)?world-map(?:-[0-9a-f]+)?\.js$/ };
const SCRIPT_TAG = /<script src="([^"]*)"([^>]*)><\/script>/;

/** A part's <meta>: [, indent, part, module, integrity, imports]. */
export const PART_META = /^([ \t]*)<meta name="chart-part" data-part="([^"]*)" content="([^"]*)" data-integrity="([^"]*)" data-imports="([^"]*)">$/gm;
/** A map's <meta>: [, indent, map, script, integrity]. */
export const MAP_META = /^([ \t]*)<meta name="chart-map" data-map="([^"]*)" content="([^"]*)" data-integrity="([^"]*)">$/gm;

export async function run(dir) {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8'));
  const integrity = async (file) => {
    try {
      return sri(await readFile(join(dir, file)));
    } catch {
      throw new Error(`chart parts: ${file} is not in ${dir} (is public/vendor/echarts/ copied by index.html?)`);
    }
  };
  const metas = [];
  for (const { part, module, imports } of manifest) {
    const chunks = [];
    for (const file of imports) chunks.push(`${file}|${await integrity(file)}`);
    metas.push(`<meta name="chart-part" data-part="${part}" content="${module}" data-integrity="${await integrity(module)}" data-imports="${chunks.join(' ')}">`);
  }
  for (const page of (await readdir(dir)).filter((name) => name.endsWith('.html'))) {
    let html = await readFile(join(dir, page), 'utf8');
    const found = html.match(PLACEHOLDER);
    if (!found) continue;
    const named = [...metas];
    for (const [map, file] of Object.entries(MAP_SCRIPTS)) {
      const [out, meta] = mapScript(html, map, file);
      html = out;
      named.push(meta);
    }
    const indent = found[1];
    const template = [`${indent}<template id="chart-files">`, ...named.map((m) => `${indent}  ${m}`), `${indent}</template>`];
    await writeFile(join(dir, page), html.replace(PLACEHOLDER, `${template.join('\n')}\n`));
  }
}

/** `html` without the script that `file` matches, and the map's <meta> naming it instead. */
function mapScript(html, map, file) {
  let meta;
  html = html.replace(new RegExp(`[ \\t]*${SCRIPT_TAG.source}\\n?`, 'g'), (tag, src, attrs) => {
    if (!file.test(src)) return tag;
    const integrity = attrs.match(/\bintegrity="([^"]*)"/)?.[1] ?? '';
    meta = `<meta name="chart-map" data-map="${map}" content="${src}" data-integrity="${integrity}">`;
    return '';
  });
  if (!meta) throw new Error(`chart parts: index.html has no script matching ${file}`);
  return [html, meta];
}
