import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const view = process.argv[2] || 'challenges';
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}?view=${view}`);
await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
await page.waitForTimeout(800);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute'] });
const ps = ['daejeon', '', 'miri', ''];
for (let i = 0; i < 4; i++) { await page.selectOption('select[name=partner]', ps[i]); await page.waitForFunction((n) => performance.getEntriesByName('filter-render').length >= n, i + 1); await page.waitForTimeout(700); }
const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
const marks = traceEvents.filter(e => e.name === 'filter-change').map(e => e.ts).sort();
const draws = traceEvents.filter(e => e.name === 'chart-draw');
for (const t0 of marks) {
  const near = traceEvents.filter(e => e.name === 'RunMicrotasks' && Math.abs(e.ts - t0) < 50000).slice(0,3).map(e => [e.ph, e.ts - t0, e.dur]); console.log(JSON.stringify(near));
  const rm = traceEvents.find(e => e.name === 'RunMicrotasks' && e.ph === 'X' && e.ts >= t0 - 5000 && e.ts < t0 + 20000 && e.dur > 3000);
  if (!rm) { console.log('no microtasks'); continue; }
  const inside = traceEvents.filter(e => e.ph === 'X' && e.tid === rm.tid && e.ts >= rm.ts && e.ts + e.dur <= rm.ts + rm.dur && e.dur > 200 && e !== rm);
  console.log('--- change at', (t0/1000).toFixed(1), 'microtasks', (rm.dur / 1000).toFixed(2));
  for (const e of inside) console.log('   ', ((e.ts - rm.ts) / 1000).toFixed(2).padStart(6), (e.dur / 1000).toFixed(2).padStart(6), e.name, (e.args?.data?.functionName ?? e.args?.data?.url ?? '').toString().slice(0, 50));
  const d = draws.filter(e => e.ts >= rm.ts && e.ts <= rm.ts + rm.dur); console.log('    chart-draw events', d.map(e => `${e.ph}@${((e.ts - rm.ts)/1000).toFixed(2)}`).join(' '));
}
await browser.close(); await server.close();
