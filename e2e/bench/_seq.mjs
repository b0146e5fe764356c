import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
const view = process.argv[2] || 'challenges';
await page.goto(server.url + '?view=' + view); await page.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await page.selectOption('select[name=partner]', 'miri'); await page.waitForTimeout(700);
await cdp.send('Profiler.start');
await page.selectOption('select[name=partner]', process.argv[3] ?? ''); await page.waitForTimeout(100);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of (n.children || [])) parent.set(c, n.id);
const name = (n) => (n.callFrame.functionName || '(anon)').replace(/::h[0-9a-f]{16}.*$/, '');
let t = profile.startTime; let last = ''; let since = 0;
const interesting = /paradiplomacy_dashboard::(?!.*(closure\}\}$))|tachys::view::.*rebuild|setOption|pushState|write_history|For|keyed/;
const out = [];
profile.samples.forEach((id, i) => {
  t += profile.timeDeltas[i];
  const stack = []; let p = id; while (p !== undefined) { stack.push(name(byId.get(p))); p = parent.get(p); }
  if (stack[0] === '(idle)' || stack[0] === '(program)' && stack.length < 3) { return; }
  const key = stack.filter(s => /paradiplomacy_dashboard::|setOption|pushState|tachys::view::keyed|reactive_graph::computed/.test(s)).slice(-3).join(' < ') || stack.slice(-4).join(' < ');
  out.push([(t / 1000).toFixed(1), key.slice(0, 200)]);
});
let prev = null, start = null, n = 0;
for (const [ts, k] of out) { if (k !== prev) { if (prev) console.log(start, String(n).padStart(4), prev); prev = k; start = ts; n = 0; } n++; }
console.log(start, String(n).padStart(4), prev);
await browser.close(); await server.close();
