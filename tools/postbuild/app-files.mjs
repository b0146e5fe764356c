// A baked page's own files wait until the page is painted. The files of the app (its
// WebAssembly, the glue and Trunk's loader), of ECharts and of a map are most of what a first
// load transfers (about 800 kB gzip against the baked page's 20 to 50 kB); fetched from the head
// on, they share a phone's slow line with the style sheets and the chart picture that the first
// paint needs, and their compilation shares its CPU with the page's own layout. So on a baked page
// they are put in a <template data-app-files> in the head, where the browser neither fetches
// nor runs them, and public/baked.js adds them to the page once its picture is on screen (or a
// first contentful paint is recorded, on a page without one, or at once when the page shows no bake): the preloads
// first, then the scripts in their order. Until those scripts have run, <html data-scripts>
// says "pending", and the app's charts wait for them (src/charts/echart/arrival.rs).
//
// The inline loader keeps its text, so the policy's hash of it (tools/postbuild/csp.mjs, which
// hashes the scripts in templates too) still allows it when baked.js adds it.

/** The elements that wait: Trunk's loader and preloads, ECharts' and a map's script. */
const WAITING = [
  /^[ \t]*<script type="module">\s*import [\s\S]*?<\/script>\n?/m,
  /^[ \t]*<script src="[^"]*\/echarts(?:\.min)?(?:-[0-9a-f]+)?\.js"[^>]*><\/script>\n?/m,
  /^[ \t]*<script src="[^"]*\/world-map(?:-[0-9a-f]+)?\.js"[^>]*><\/script>\n?/m,
];
const PRELOAD = /<link rel="(?:modulepreload|preload)"[^>]*>/g;
/** A line of Trunk's preloads (it writes them on one line). */
const PRELOADS = /^[ \t]*((?:<link rel="(?:modulepreload|preload)"[^>]*>[ \t]*)+)\n?/gm;
const TEMPLATE = /^[ \t]*<template data-app-files>\n([\s\S]*?)[ \t]*<\/template>\n/m;

/**
 * `html` (a page of the release build) with its app files in a <template data-app-files>,
 * preloads first, where the loader stood. Fails on a page that has no loader or no ECharts.
 */
export function filesAfterPaint(html) {
  if (TEMPLATE.test(html)) return html;
  const loader = html.match(WAITING[0]);
  if (!loader) throw new Error('app-files: the page has no inline module loader');
  const found = [];
  let page = html;
  for (const [i, pattern] of WAITING.entries()) {
    const m = page.match(pattern);
    if (!m && i < 2) throw new Error(`app-files: the page has no ${i ? "ECharts script" : 'loader'}`);
    if (!m) continue;
    found.push({ at: html.indexOf(m[0]), tag: m[0].trim() });
    page = page.replace(m[0], i === 0 ? '<!--app-files-->\n' : '');
  }
  const preloads = [];
  page = page.replace(PRELOADS, (_, line) => {
    preloads.push(...line.match(PRELOAD));
    return '';
  });
  const scripts = found.sort((a, b) => a.at - b.at).map((f) => f.tag);
  const template = ['  <template data-app-files>', ...[...preloads, ...scripts].map((t) => `    ${t}`), '  </template>', '']
    .join('\n');
  return page.replace(/(?:^[ \t]*\n)?[ \t]*<!--app-files-->\n?/m, template);
}

/** `html` with the template's files back in the head, where the template stood (the single file). */
export function filesWithPage(html) {
  return html.replace(TEMPLATE, (_, files) => files.replace(/^ {4}/gm, '  '));
}
