// CPU profile of 12 filter changes on one view (`node e2e/bench/profile.mjs overview`, after
// `make build`): the functions with the most self time, to see where a filter change goes.
import { launch } from '../lib/browser.mjs';
import { pageOf } from '../pages/dashboard.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
const view = process.argv[2] || 'overview';
await page.goto(server.url + pageOf(view)); await page.waitForTimeout(1500);
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
console.log('total ms', (total/1000).toFixed(0));
[...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([k, t]) => console.log((t/1000).toFixed(1).padStart(8), k.slice(0, 110)));
await browser.close(); await server.close();
