// The ECharts build the dashboard ships: only the chart types and components it uses.
// Built by `make vendor` (tools/bundle-echarts.mjs, esbuild) into public/vendor/echarts.min.js
// (not committed).
// charming targets ECharts 5.5.1; the version is pinned in tools/package.json.
//
// What each view draws (src/charts/): the overview, partners as a scatter on a `geo` world map;
// the timeline, a scatter with data zoom; the matrix, a heatmap with a visual map; the
// challenges, bars; the learning flows, a sankey. Every chart: grid, tooltip, legend, aria
// (decal patterns), label layout; the canvas renderer on screen and the SVG renderer for the
// SVG download. A chart type not registered here draws nothing and says so (every view's
// end-to-end test would fail).
import * as echarts from 'echarts/core';
import { ScatterChart, BarChart, HeatmapChart, SankeyChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomComponent, GeoComponent, GridComponent, LegendComponent,
  TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  ScatterChart, BarChart, HeatmapChart, SankeyChart,
  AriaComponent, DataZoomComponent, GeoComponent, GridComponent, LegendComponent,
  TooltipComponent, VisualMapComponent,
  LabelLayout, CanvasRenderer, SVGRenderer,
]);

globalThis.echarts = echarts;
