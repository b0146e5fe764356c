// The filter-change figures alone, quickly (`node e2e/bench/filters.mjs [changes]`, after
// `make build`): per view, over partner changes on the bundled data, each from a chart at rest,
// median and 90th percentile of `filter-update` (src/perf.rs: the re-render, until the app has
// rebuilt the page and ECharts has drawn the chart) and of `filter-render` (until the frame
// that shows it is painted), and the median of `chart-draw` (ECharts' part of the update). The
// update's median is also given by direction: to one partner, and back to all partners. Then
// the table's part, which follows a frame later in a task of its own (src/state/deferred.rs):
// median and p90 of `table-update`, and the median of `table-render` (from the change until
// the frame with the table is painted).
// The same measure as `make bench`'s "filter change" row, without the rest of the benchmark.
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { median, ms1 } from './stats.mjs';
import { FILTERED_VIEWS, byDirection, filterChanges, openView } from './warm.mjs';

const changes = Number(process.argv[2] ?? 30);
const p90 = (xs) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)] : NaN);
const server = await startServer();
const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  console.log('| view | update: median | p90 | to one partner | back to all | of which ECharts | → painted: median | p90 | table, next frame: median | p90 | → table painted |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const view of FILTERED_VIEWS) {
    await openView(page, server.url, view);
    const ms = await filterChanges(page, changes);
    const { toPartner, toAll } = byDirection(ms.update);
    console.log(`| ${view} | ${ms1(median(ms.update))} | ${ms1(p90(ms.update))} | ${ms1(median(toPartner))} | ${ms1(median(toAll))} | ${ms1(median(ms.chart))} | ${ms1(median(ms))} | ${ms1(p90(ms))} | ${ms1(median(ms.table))} | ${ms1(p90(ms.table))} | ${ms1(median(ms.tablePainted))} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
