// The filter-change figure alone, quickly (`node e2e/bench/filters.mjs [changes]`, after
// `make build`): per view, `filter-render` (src/perf.rs: from the change to the end of the first
// frame that shows it) over partner changes on the bundled data, each from a chart at rest, as
// median and 90th percentile, and the median of `chart-draw` (ECharts' part of it).
// The same measure as `make bench`'s "filter change" row, without the rest of the benchmark.
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { median } from './stats.mjs';
import { FILTERED_VIEWS, filterChanges } from './warm.mjs';

const changes = Number(process.argv[2] ?? 30);
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.9)];
const server = await startServer();
const browser = await launch();
try {
  const page = await (await browser.newContext()).newPage();
  console.log('| view | median | p90 | of which ECharts (median) |\n|---|---:|---:|---:|');
  for (const view of FILTERED_VIEWS) {
    await page.goto(`${server.url}?view=${view}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
    await page.waitForTimeout(500);
    const ms = await filterChanges(page, changes);
    console.log(`| ${view} | ${median(ms).toFixed(1)} ms | ${p90(ms).toFixed(1)} ms | ${median(ms.chart).toFixed(1)} ms |`);
  }
} finally {
  await browser.close();
  await server.close();
}
