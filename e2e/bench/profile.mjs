// CPU profile of 12 filter changes on one view (`node e2e/bench/profile.mjs overview`, after
// `make build`): the functions with the most self time, then the time by kind (the app's wasm,
// its JS glue, ECharts, the browser's own functions such as the DOM's, garbage collection), to
// see where a filter change goes. SCALE=100 opens the bundled data at that scale
// (tools/synth.mjs) first, as `ab.mjs` does. Rust's names need a wasm that keeps them
// (docs/performance.md); DASHBOARD_DIST points at such a copy of `dist/`.
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { openAtScale } from './warm.mjs';

const view = process.argv[2] || 'overview';
const scale = Number(process.env.SCALE ?? 1);
const server = await startServer(); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
await openAtScale(page, server.url, view, scale);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const ps = ['daejeon', '', 'miri', ''];
for (let i = 0; i < 12; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForTimeout(150); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(key, (self.get(key) || 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total/1000).toFixed(0), scale > 1 ? `(at ${scale}×)` : '');
/** What kind of code a profile's entry is, by its script. */
function kind(key) {
  if (key.includes('_bg.wasm')) return 'wasm';
  if (key.includes('echarts')) return 'ECharts';
  if (key.includes('paradiplomacy-dashboard')) return 'glue';
  if (key.startsWith('(idle)') || key.startsWith('(program)') || key.startsWith('(garbage')) return key.split(')')[0] + ')';
  return key.trim().includes(' ') ? 'other scripts' : 'browser';
}
const kinds = new Map();
for (const [k, t] of self) kinds.set(kind(k), (kinds.get(kind(k)) || 0) + t);
console.log([...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([k, t]) => `${k} ${(t/1000).toFixed(0)}`).join(', '));
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, t]) => console.log((t/1000).toFixed(1).padStart(8), k.slice(0, 110)));
await browser.close(); await server.close();
