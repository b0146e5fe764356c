// Post-build step: the page's own inline scripts (public/baked.js and public/boot.js, which
// Trunk inlines with their comments) minified by esbuild. They are in the HTML every first
// visit parses before its first paint: minified, they are 14 kB less to parse and 4 kB less
// gzip to receive on every page. Release builds only (a debug build keeps them as
// written); by hand, always. Trunk's module loader is left as it is (tools/single.mjs reads it).
//   node tools/postbuild/minify.mjs DIR       (also run by tools/postbuild.mjs, before csp)
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { transformSync } from 'esbuild';

/** An inline classic script with no attributes: the only kind the page's own code uses. */
const INLINE = /<script>([\s\S]*?)<\/script>/g;
/** Shorter than this, a script is a call (the bake's `paradiplomacyBake()`), left as it is. */
const SMALL = 200;
// A script as written opens with its comment (each file of public/ does); esbuild's output has
// none, so a second run of the step leaves the page as it is, as every post-build step does.
const WRITTEN = /^\s*(\/\/|\/\*)/;

/** `html` with each inline classic script minified. */
export function minifyScripts(html) {
  return html.replace(INLINE, (tag, code) => {
    if (code.length < SMALL || !WRITTEN.test(code)) return tag;
    const out = transformSync(code, { loader: 'js', minify: true, target: 'es2015', legalComments: 'none' }).code.trim();
    // What would end the script early, or change where HTML ends it.
    if (/<\/script|<!--/i.test(out)) throw new Error('minify: a minified script holds "</script" or "<!--"');
    return `<script>${out}</script>`;
  });
}

export async function run(dir) {
  const profile = process.env.TRUNK_PROFILE;
  if (profile && profile !== 'release') {
    console.log('minify: skipped (a debug build)');
    return;
  }
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.html'))) {
    const file = join(dir, name);
    await writeFile(file, minifyScripts(await readFile(file, 'utf8')));
  }
}
