import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const view = process.argv[2] || 'matrix';
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}?view=${view}`);
await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
await page.waitForTimeout(800);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
await page.selectOption('select[name=partner]', 'daejeon'); await page.waitForFunction(() => performance.getEntriesByName('filter-render').length >= 1); await page.waitForTimeout(300);
const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
const t0 = traceEvents.find(e => e.name === 'filter-change').ts;
for (const e of traceEvents.filter(e => ['Layout', 'UpdateLayoutTree', 'Paint', 'Commit', 'PrePaint', 'FunctionCall', 'RunMicrotasks', 'FireAnimationFrame', 'EventDispatch', 'ResizeObserver', 'TimerFire'].includes(e.name) && e.ts >= t0 - 5000 && e.ts < t0 + 80000 && e.ph === 'X'))
  console.log(((e.ts - t0) / 1000).toFixed(1).padStart(7), (e.dur / 1000).toFixed(2).padStart(6), e.name, JSON.stringify(e.args?.beginData ?? e.args?.data ?? {}).slice(0, 160), e.args?.endData ? JSON.stringify(e.args.endData).slice(0,100) : '');
await browser.close(); await server.close();
