// Where a filter change goes, per view (`node e2e/bench/breakdown.mjs`, after `make build`):
// Chromium's own counters (CDP Performance.getMetrics) over 12 partner changes, per change:
// script (JS and wasm), layout, style recalculation, and how many layouts and style passes.
// The rest of a task is painting and the browser's own work. Figures, not assertions.
import { launch } from '../lib/browser.mjs';
import { pageOf } from '../pages/dashboard.mjs';
import { startServer } from '../lib/server.mjs';

const CHANGES = 12;
const server = await startServer();
const browser = await launch();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  console.log('| view | script | layout | style | layouts | style passes |\n|---|---:|---:|---:|---:|---:|');
  for (const view of ['overview', 'timeline', 'matrix', 'challenges', 'learning']) {
    await page.goto(`${server.url}${pageOf(view)}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
    const before = await metrics();
    const partners = ['daejeon', '', 'miri', ''];
    for (let i = 0; i < CHANGES; i++) {
      await page.selectOption('select[name=partner]', partners[i % partners.length]);
      await page.waitForFunction((n) => performance.getEntriesByName('filter-render').length >= n, i + 1);
    }
    const after = await metrics();
    const ms = (k) => `${(((after[k] - before[k]) * 1000) / CHANGES).toFixed(1)} ms`;
    const n = (k) => ((after[k] - before[k]) / CHANGES).toFixed(1);
    console.log(`| ${view} | ${ms('ScriptDuration')} | ${ms('LayoutDuration')} | ${ms('RecalcStyleDuration')} | ${n('LayoutCount')} | ${n('RecalcStyleCount')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
