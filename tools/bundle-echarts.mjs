// Bundles the ECharts the dashboard ships (`node tools/bundle-echarts.mjs <out>`, run by `make
// vendor`): tools/echarts-entry.js (only the chart types and components used), minified, with
// its licence notices at the end, and one fix to ECharts 5.5.1 applied on the way.
//
// The fix: `createOrUpdatePatternFromDecal` (echarts/lib/util/decal.js) looks up the pattern
// tile it has already drawn for a decal, then draws it again anyway. The decal objects are new
// on every `setOption`, so every filter change drew every series' tile afresh (a canvas each;
// the challenges view has a series per partner concerned, and a legend item each). With the
// fix, a tile found in ECharts' own cache is used as it is, on the canvas renderer; the SVG
// renderer (used for the SVG download) also needs the tile's size, which the cache does not
// keep, and is left as it was. If the pinned ECharts changes and the text is not found, the
// build stops here.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const out = process.argv[2];
if (!out) {
  console.error('usage: node tools/bundle-echarts.mjs <output file>');
  process.exit(2);
}

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

let applied = false;
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

await build({
  entryPoints: [fileURLToPath(new URL('echarts-entry.js', import.meta.url))],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2019',
  legalComments: 'eof',
  logLevel: 'warning',
  outfile: out,
  plugins: [decalFix],
});
if (!applied) {
  console.error('echarts/lib/util/decal.js was not bundled: the decal fix was not applied');
  process.exit(1);
}
