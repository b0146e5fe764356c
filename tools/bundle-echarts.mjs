// Bundles the ECharts the dashboard ships (`node tools/bundle-echarts.mjs <dir>`, run by `make
// vendor`; <dir> is public/vendor): the parts of tools/echarts-parts.mjs, minified, with their
// licence notices at the end, and one fix to ECharts 5.5.1 applied on the way. It writes
//   <dir>/echarts/             a page's ES modules: one per part (<part>-<hash>.js) and the
//                              chunks parts share (chunk-<hash>.js); the build copies the folder
//   <dir>/echarts-parts.json   each part's module and every chunk it imports, for the build's
//                              pages (tools/postbuild/chart-parts.mjs)
//   <dir>/echarts.min.js       every part in one classic script, for the single file, which
//                              cannot load modules from file:// (tools/single.mjs)
// Every file begins with V8's compile hint (tools/postbuild/compile-hints.mjs): a page runs
// nearly all of the parts it loads, at once.
//
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

import { PARTS, entrySource } from './echarts-parts.mjs';
import { HINT } from './postbuild/compile-hints.mjs';

const out = process.argv[2];
if (!out) {
  console.error('usage: node tools/bundle-echarts.mjs <output folder>');
  process.exit(2);
}
const MODULES = join(out, 'echarts');
const TOOLS = dirname(fileURLToPath(import.meta.url));

const DECAL_FILE = /echarts[\\/]lib[\\/]util[\\/]decal\.js$/;
const DRAWN_AGAIN = `      if (cache) {
        isSVG ? pattern.svgElement = cache : pattern.image = cache;
      }`;
const USED_AS_IS = `      if (cache && !isSVG) {
        pattern.image = cache;
        return;
      }
      if (cache) {
        pattern.svgElement = cache;
      }`;

let applied = false; // set by the plugin below, for each build
const decalFix = {
  name: 'echarts-decal-cache',
  setup(b) {
    b.onLoad({ filter: DECAL_FILE }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(DRAWN_AGAIN)) {
        throw new Error(`${args.path}: the decal cache lookup to fix was not found (ECharts changed?)`);
      }
      applied = true;
      return { contents: source.replace(DRAWN_AGAIN, USED_AS_IS), loader: 'js' };
    });
  },
};

/** Entry modules made from tools/echarts-parts.mjs: `part:<name>`, or `part:all` for all of them. */
const parts = {
  name: 'echarts-parts',
  setup(b) {
    b.onResolve({ filter: /^part:/ }, (args) => ({ path: args.path.slice(5), namespace: 'part' }));
    b.onLoad({ filter: /.*/, namespace: 'part' }, (args) => ({
      contents: entrySource(args.path === 'all' ? Object.keys(PARTS) : [args.path]),
      resolveDir: TOOLS,
      loader: 'js',
    }));
  },
};

const common = {
  bundle: true,
  minify: true,
  target: 'es2019',
  legalComments: 'eof',
  logLevel: 'warning',
  banner: { js: HINT },
  plugins: [decalFix, parts],
};

await rm(MODULES, { recursive: true, force: true });
await mkdir(MODULES, { recursive: true });
const split = await build({
  ...common,
  entryPoints: Object.fromEntries(Object.keys(PARTS).map((name) => [name, `part:${name}`])),
  format: 'esm',
  splitting: true,
  outdir: MODULES,
  entryNames: '[name]-[hash]',
  chunkNames: 'chunk-[hash]',
  metafile: true,
});
const fixedInModules = applied;
applied = false;
await build({ ...common, entryPoints: ['part:all'], format: 'iife', outfile: join(out, 'echarts.min.js') });
if (!applied || !fixedInModules) {
  console.error('echarts/lib/util/decal.js was not bundled: the decal fix was not applied');
  process.exit(1);
}

// Each part's module and the chunks it imports, directly or not (a page preloads them all at
// once rather than learn of each from the one before), as paths under the build's root.
const outputs = split.metafile.outputs;
const asBuilt = (path) => relative(out, path).split('\\').join('/');
const imported = (path, seen = new Set()) => {
  for (const i of outputs[path].imports) {
    if (i.kind !== 'import-statement' || seen.has(i.path)) continue;
    seen.add(i.path);
    imported(i.path, seen);
  }
  return seen;
};
const manifest = Object.keys(PARTS).map((name) => {
  const path = Object.keys(outputs).find((p) => outputs[p].entryPoint === `part:${name}`);
  if (!path) throw new Error(`bundle-echarts: no module was written for the part ${name}`);
  return { part: name, module: asBuilt(path), imports: [...imported(path)].map(asBuilt).sort() };
});
await writeFile(join(out, 'echarts-parts.json'), `${JSON.stringify(manifest, null, 2)}\n`);
