// Post-build step "compile hints": the scripts a first load runs nearly all of, marked for V8 to
// compile whole while they download. Run by tools/postbuild.mjs after the styles and before the
// bake, so that every page made from index.html carries the marked files' integrity.
//
// Why: V8 compiles a script's top level as it streams in, off the main thread, but each function
// inside only when it is first called, on the main thread. ECharts' first drawing and the app's
// start call thousands of functions for the first time: 123 ms of the main thread's compiling
// before the first chart, measured in a Chromium trace of a cold load (docs/history.md). The
// comment `//# allFunctionsCalledOnLoad` on a script's first line (Chromium 136 and later; other
// browsers read a comment) has V8 compile all its functions on the streaming thread instead.
//
// Which scripts: the app's wasm-bindgen glue (its imports are the wasm's calls into the page),
// here; ECharts' parts (a page loads those its view draws with, to draw at once) are marked as
// they are bundled (tools/bundle-echarts.mjs). Not the world map (a call and its data) nor the
// spreadsheet worker (loaded on demand, in a thread of its own).
//
// Each marked file keeps its name; its Subresource Integrity, wherever a page carries it (a
// script's or a preload's `integrity`, an on-demand script's `data-integrity`), is replaced by
// the new one. A file already marked is left as it is, so a second run changes nothing.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { sri } from './sri.mjs';

/** V8's explicit compile hint for the whole file; only on its first line. */
export const HINT = '//# allFunctionsCalledOnLoad';

/** The files marked here: the app's glue, as Trunk names it. */
export const MARKED = [/^paradiplomacy-dashboard-[0-9a-f]+\.js$/];

export async function run(dir) {
  const names = await readdir(dir);
  const files = names.filter((name) => MARKED.some((pattern) => pattern.test(name)));
  if (files.length !== MARKED.length) {
    throw new Error(`compile hints: expected the app's glue in ${dir}, found ${files.join(', ') || 'none'}`);
  }
  const replaced = new Map();
  for (const name of files) {
    const code = await readFile(join(dir, name), 'utf8');
    if (code.startsWith(`${HINT}\n`)) continue;
    const marked = `${HINT}\n${code}`;
    await writeFile(join(dir, name), marked);
    replaced.set(sri(code), sri(marked));
  }
  if (!replaced.size) return;
  for (const page of names.filter((name) => name.endsWith('.html'))) {
    const html = await readFile(join(dir, page), 'utf8');
    let out = html;
    for (const [before, after] of replaced) out = out.split(`"${before}"`).join(`"${after}"`);
    if (out !== html) await writeFile(join(dir, page), out);
  }
}
