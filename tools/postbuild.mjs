// Trunk's post_build hook (Trunk.toml [[hooks]]): finishes the build in Trunk's staging directory
// before it becomes dist/. Runs for `trunk build` and `trunk serve` alike.
//   1. offline: the service worker with this build's precache list (tools/postbuild/offline.mjs)
//   2. csp: the Content-Security-Policy <meta> with the hash of Trunk's inline loader
//      (tools/postbuild/csp.mjs); last, because it hashes index.html's final inline scripts.
// Also runnable by hand on a built directory: `node tools/postbuild.mjs dist`.
import { resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? process.env.TRUNK_STAGING_DIR ?? '');
if (!process.argv[2] && !process.env.TRUNK_STAGING_DIR) {
  console.error('postbuild: give the build directory (or run as a Trunk hook, which sets TRUNK_STAGING_DIR)');
  process.exit(2);
}

const steps = [
  ['offline', './postbuild/offline.mjs'],
  ['csp', './postbuild/csp.mjs'],
];
for (const [name, path] of steps) {
  let mod;
  try {
    mod = await import(path);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes(path.slice(2))) continue;
    throw e;
  }
  await mod.run(dir);
  console.log(`postbuild: ${name} done in ${dir}`);
}
