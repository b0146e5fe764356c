import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
const [view, root, depthMax] = [process.argv[2], process.argv[3], Number(process.argv[4] || 6)];
await page.goto(server.url + '?view=' + view); await page.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const ps = ['daejeon', '', 'miri', '']; const N = 16;
for (let i = 0; i < N; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForTimeout(600); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const self = new Map(); profile.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + (profile.timeDeltas[i + 1] || 0)));
const total = (n) => (self.get(n.id) || 0) + (n.children || []).reduce((a, c) => a + total(byId.get(c)), 0);
const name = (n) => (n.callFrame.functionName || '(anon)').replace(/::h[0-9a-f]{16}.*$/, '').slice(0, 90);
// merge all nodes named root
const agg = new Map();
function walk(n, d, key) { if (d > depthMax) return; const k = key + ' > ' + name(n); agg.set(k, (agg.get(k) || 0) + total(n)); for (const c of n.children || []) walk(byId.get(c), d + 1, k); }
for (const n of profile.nodes) if (name(n) === root) { let p = false; walk(n, 0, ''); }
[...agg.entries()].filter(([, t]) => t / N > 300).sort((a, b) => a[0].localeCompare(b[0])).forEach(([k, t]) => console.log((t / 1000 / N).toFixed(2).padStart(7), k.split(' > ').length - 2, k.split(' > ').slice(-1)[0]));
await browser.close(); await server.close();
