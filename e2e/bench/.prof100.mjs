// One-off: CPU profile of partner changes on a view at 100x (named wasm in DASHBOARD_DIST).
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { synthesise } from '../../tools/synth.mjs';
import { DATASET, pageOf } from '../pages/dashboard.mjs';
import { openDataset } from './warm.mjs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
const view = process.argv[2] || 'timeline';
const data = synthesise(DATASET, 100);
const file = join(mkdtempSync(join(tmpdir(), 'pd-prof-')), 'x100.json');
writeFileSync(file, JSON.stringify(data));
const server = await startServer(process.env.DASHBOARD_DIST); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(server.url + pageOf(view)); await page.waitForTimeout(1500);
await openDataset(page, file, data.title.en);
await page.waitForTimeout(1500);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
const ps = ['daejeon', '', 'miri', ''];
for (let i = 0; i < 16; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForTimeout(300); }
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`; self.set(key, (self.get(key) || 0) + t); }
const total = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (total/1000).toFixed(0));
const incl = new Map(); const selfOf = new Map(); for (const [id, t] of counts) selfOf.set(id, t);
const total_of = (n) => { let t = selfOf.get(n.id) || 0; for (const c of n.children || []) t += total_of(byId.get(c)); n._t = t; return t; };
total_of(profile.nodes[0]);
const seen = new Map(); const walk = (n, stack) => { const key = n.callFrame.functionName; if (!stack.has(key)) { incl.set(key, (incl.get(key) || 0) + n._t); } const s2 = new Set(stack); s2.add(key); for (const c of n.children || []) walk(byId.get(c), s2); };
walk(profile.nodes[0], new Set());
console.log('--- inclusive');
[...incl.entries()].filter(([k]) => /paradiplomacy_dashboard|setOption|clone|eq|compare|serde_json/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 45).forEach(([k, t]) => console.log((t/1000).toFixed(1).padStart(8), k.slice(0, 150)));
const cat = new Map(); for (const [k, t] of self) { const c = k.includes('_bg.wasm') ? 'wasm' : k.includes('echarts') ? 'echarts' : k.includes('paradiplomacy-dashboard') ? 'glue' : k.startsWith('(idle)') ? 'idle' : k.startsWith('(program)') ? 'program' : k.startsWith('(garbage') ? 'gc' : (k.trim().split(' ').length === 1 ? 'native:' + k.trim() : 'other'); cat.set(c.startsWith('native:') ? 'native' : c, (cat.get(c.startsWith('native:') ? 'native' : c) || 0) + t); }
console.log([...cat.entries()].map(([k, t]) => `${k} ${(t/1000).toFixed(0)}`).join(', '));
[...self.entries()].filter(([k]) => k.includes('_bg.wasm')).sort((a, b) => b[1] - a[1]).slice(0, 30).forEach(([k, t]) => console.log((t/1000).toFixed(1).padStart(8), k.slice(0, 160)));
await browser.close(); await server.close();
