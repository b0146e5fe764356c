// The ECharts the dashboard ships, in parts: a core every chart needs, and a part per chart type
// or component that only some views draw with, so that a page loads only what its view draws.
// Built by `make vendor` (tools/bundle-echarts.mjs, esbuild) into public/vendor/echarts/ (ES
// modules; code two parts share goes into chunks of its own) and, whole, into
// public/vendor/echarts.min.js for the single file (not committed).
// charming targets ECharts 5.5.1; the version is pinned in tools/package.json.
//
// A part is named by what asks for it in a chart's option (src/charts/options.rs,
// `ChartSpec::parts`): a series `type` (scatter, bar, heatmap, sankey) or a top-level component
// key (geo, dataZoom, visualMap). What each view draws (src/charts/): the overview, partners as
// a scatter on a `geo` world map; the timeline, a scatter with data zoom; the matrix, a heatmap
// with a visual map; the challenges, bars; the learning flows, a sankey. The core: grid,
// tooltip, legend, aria (decal patterns), label layout and the canvas renderer. `svg`, the SVG
// renderer, is for the SVG download and the bake only. A chart type in no part draws nothing and
// says so (every view's end-to-end test would fail).
//
// Imports name the modules themselves, not ECharts' index modules ('echarts/charts'): every
// part that imported an index would share all it names, and esbuild would put them all in one
// chunk that every part loads.

/** Each part: [exported name, module] of every ECharts installer it registers. */
export const PARTS = {
  core: [
    ['install', 'echarts/lib/component/aria/install.js'],
    ['install', 'echarts/lib/component/grid/install.js'],
    ['install', 'echarts/lib/component/legend/install.js'],
    ['install', 'echarts/lib/component/tooltip/install.js'],
    ['installLabelLayout', 'echarts/lib/label/installLabelLayout.js'],
    ['install', 'echarts/lib/renderer/installCanvasRenderer.js'],
  ],
  scatter: [['install', 'echarts/lib/chart/scatter/install.js']],
  bar: [['install', 'echarts/lib/chart/bar/install.js']],
  heatmap: [['install', 'echarts/lib/chart/heatmap/install.js']],
  sankey: [['install', 'echarts/lib/chart/sankey/install.js']],
  geo: [['install', 'echarts/lib/component/geo/install.js']],
  dataZoom: [['install', 'echarts/lib/component/dataZoom/install.js']],
  visualMap: [['install', 'echarts/lib/component/visualMap/install.js']],
  svg: [['install', 'echarts/lib/renderer/installSVGRenderer.js']],
};

/** The part that makes ECharts the page's `echarts`: every other part registers with it. */
export const CORE = 'core';

/** The source of an entry module registering `names` (all of them, for the single file). */
export function entrySource(names) {
  const lines = ["import * as echarts from 'echarts/core';"];
  const installers = [];
  for (const name of names) {
    for (const [exported, module] of PARTS[name]) {
      const local = `install${installers.length}`;
      lines.push(`import { ${exported} as ${local} } from '${module}';`);
      installers.push(local);
    }
  }
  lines.push(`echarts.use([${installers.join(', ')}]);`);
  if (names.includes(CORE)) lines.push('globalThis.echarts = echarts;');
  return `${lines.join('\n')}\n`;
}
