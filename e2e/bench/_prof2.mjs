import { launch } from '/work/main/e2e/lib/browser.mjs';
import { startServer } from '/work/main/e2e/lib/server.mjs';
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
const byUrl = new Map(); const incl = new Map();
for (const [id, t] of counts) { const n = byId.get(id); let u = n.callFrame.url.split('/').pop() || n.callFrame.functionName; if (n.callFrame.url.includes('wasm')||n.callFrame.functionName.startsWith('$')) u='wasm'; byUrl.set(u,(byUrl.get(u)||0)+t);
  // inclusive for top-level frames: walk up
  const seen=new Set(); let p=id; while(p!==undefined){const nn=byId.get(p); const k=nn.callFrame.functionName+' '+(nn.callFrame.url.split('/').pop()); if(!seen.has(k)){seen.add(k); incl.set(k,(incl.get(k)||0)+t);} p=parent.get(p);} }
console.log('per change, self by file:');
[...byUrl.entries()].sort((a,b)=>b[1]-a[1]).slice(0,12).forEach(([k,t])=>console.log((t/1000/N).toFixed(2).padStart(8),k));
console.log('inclusive:');
[...incl.entries()].sort((a,b)=>b[1]-a[1]).slice(0,60).forEach(([k,t])=>console.log((t/1000/N).toFixed(2).padStart(8),k.slice(0,100)));
await browser.close(); await server.close();
