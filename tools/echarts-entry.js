// The ECharts build the dashboard ships: only the chart types and components it uses.
// Built by `make vendor` (tools/bundle-echarts.mjs, esbuild) into public/vendor/echarts.min.js
// (not committed).
// charming targets ECharts 5.5.1; the version is pinned in tools/package.json.
import * as echarts from 'echarts/core';
import { ScatterChart, BarChart, HeatmapChart, GraphChart, SankeyChart, MapChart, LineChart } from 'echarts/charts';
import {
  AriaComponent, DataZoomComponent, GeoComponent, GridComponent, LegendComponent,
  MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { LabelLayout } from 'echarts/features';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  ScatterChart, BarChart, HeatmapChart, GraphChart, SankeyChart, MapChart, LineChart,
  AriaComponent, DataZoomComponent, GeoComponent, GridComponent, LegendComponent,
  MarkLineComponent, TitleComponent, TooltipComponent, VisualMapComponent,
  LabelLayout, CanvasRenderer, SVGRenderer,
]);

globalThis.echarts = echarts;
