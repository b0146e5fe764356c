// Trunk's post_build hook (Trunk.toml [[hooks]]): finishes the build in Trunk's staging directory
// before it becomes dist/. Runs for `trunk build` and `trunk serve` alike.
//   1. styles: the page's style sheets joined, in their order, inside every page
//      (tools/postbuild/styles.mjs); first, so the baked pages carry them.
//   2. compile hints: the app's glue marked for V8 to compile whole while it downloads
//      (tools/postbuild/compile-hints.mjs; ECharts' parts come marked from `make vendor`);
//      before the bake, so the baked pages carry its integrity.
//   3. chart parts: ECharts' parts named in the page, with their integrity, for the app to load
//      as its charts need them (tools/postbuild/chart-parts.mjs).
//   4. bake: every view as a page of its own, holding what a first visit shows, drawn by the
//      build's own app in headless Chromium (tools/postbuild/bake.mjs; release builds only).
//   5. minify: the page's own inline scripts, minified (tools/postbuild/minify.mjs; release
//      builds only).
//   6. csp: the Content-Security-Policy <meta> of every page, with the hashes of its inline code
//      (tools/postbuild/csp.mjs).
//   7. offline: the service worker with this build's precache list and version
//      (tools/postbuild/offline.mjs); last, because its version hashes every final file.
// Also runnable by hand on a built directory: `node tools/postbuild.mjs dist`.
import { resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? '');
if (!process.argv[2] && !process.env.TRUNK_STAGING_DIR) {
  console.error('postbuild: give the build directory (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)');
  process.exit(2);
}

const steps = [
  ['styles', './postbuild/styles.mjs'],
  ['compile hints', './postbuild/compile-hints.mjs'],
  ['chart parts', './postbuild/chart-parts.mjs'],
  ['bake', './postbuild/bake.mjs'],
  ['minify', './postbuild/minify.mjs'],
  ['csp', './postbuild/csp.mjs'],
  ['offline', './postbuild/offline.mjs'],
];
for (const [name, path] of steps) {
  const mod = await import(path);
  await mod.run(dir);
  console.log(`postbuild: ${name} done in ${dir}`);
}
