import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
const view = process.argv[2] || 'overview';
await page.goto(server.url + '?view=' + view); await page.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
await cdp.send('Profiler.start');
const ps = ['daejeon', '', 'miri', ''];
const N=24;
for (let i = 0; i < N; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForTimeout(150); }
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map(n => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of (n.children||[])) parent.set(c, n.id);
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i+1] || 0)));
const incl = new Map(); const self = new Map();
const name = (nn) => (nn.callFrame.functionName || '(anon)').replace(/::h[0-9a-f]{16}$/, '').slice(0, 120);
for (const [id, t] of counts) { self.set(name(byId.get(id)), (self.get(name(byId.get(id)))||0)+t);
  const seen=new Set(); let p=id; while(p!==undefined){const k=name(byId.get(p)); if(!seen.has(k)){seen.add(k); incl.set(k,(incl.get(k)||0)+t);} p=parent.get(p);} }
const filt = process.argv[3] ? new RegExp(process.argv[3]) : /./;
if (process.env.SELF) { [...self.entries()].filter(([k])=>filt.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,40).forEach(([k,t])=>console.log((t/1000/N).toFixed(2).padStart(8),k)); process.exit(0); }
console.log('inclusive:');
[...incl.entries()].filter(([k])=>filt.test(k)).sort((a,b)=>b[1]-a[1]).slice(0,70).forEach(([k,t])=>console.log((t/1000/N).toFixed(2).padStart(8),k));
await browser.close(); await server.close();
