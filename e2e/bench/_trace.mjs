import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const view = process.argv[2] || 'overview';
const page = await (await browser.newContext()).newPage();
await page.goto(`${server.url}?view=${view}`);
await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
await page.waitForTimeout(800);
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
const ps = ['daejeon', '', 'miri', ''];
const N = 12;
await page.evaluate(() => performance.clearMeasures());
for (let i = 0; i < N; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForFunction((n) => performance.getEntriesByName('filter-render').length >= n, i + 1); await page.waitForTimeout(700); }
const buf = await browser.stopTracing();
const { traceEvents } = JSON.parse(buf.toString());
// the renderer main thread: the thread with the most FunctionCall
const counts = {}; for (const e of traceEvents) if (e.name === 'FunctionCall') counts[`${e.pid}:${e.tid}`] = (counts[`${e.pid}:${e.tid}`] || 0) + 1;
const main = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
const ev = traceEvents.filter(e => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur);
const marks = traceEvents.filter(e => e.name === 'filter-change' ).map(e => e.ts).sort((a,b)=>a-b);
const measures = traceEvents.filter(e => e.name === 'filter-render' && (e.ph === 'b' || e.ph==='e'));
console.log('marks', marks.length, 'main', main);
const agg = {};
for (const t0 of marks) {
  const t1 = t0 + 60000; // 60 ms window after the change
  const within = ev.filter(e => e.ts >= t0 - 30000 && e.ts < t1);
  // top-level: events not contained in another event of the window
  for (const e of within) {
    if (e.ts + e.dur < t0) continue;
    agg[e.name] = (agg[e.name] || 0) + e.dur / 1000;
  }
}
Object.entries(agg).sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, v]) => console.log((v / marks.length).toFixed(2).padStart(8), k));
await browser.close(); await server.close();
