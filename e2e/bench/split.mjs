// Splits the cost of a filter change (`node e2e/bench/split.mjs`, after `make build`): the
// median `filter-render` with the chart update, and with `setOption` stubbed out (DOM only).
import { launch } from '../lib/browser.mjs';
import { pageOf } from '../pages/dashboard.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
for (const view of ['timeline', 'matrix', 'overview']) {
  for (const stub of [false, true]) {
    await page.goto(`${server.url}${pageOf(view)}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
    if (stub) await page.evaluate(() => { const i = echarts.getInstanceByDom(document.querySelector('.chart')); i.setOption = () => {}; });
    await page.evaluate(() => performance.clearMeasures('filter-render'));
    const ps = ['daejeon', '', 'miri', ''];
    for (let i = 0; i < 12; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForFunction((n) => performance.getEntriesByName('filter-render').length >= n, i + 1); }
    const d = await page.evaluate(() => performance.getEntriesByName('filter-render').map(e => e.duration));
    console.log(view, stub ? 'without chart update' : 'with chart update', median(d).toFixed(1));
  }
}
await browser.close(); await server.close();
