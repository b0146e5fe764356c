// one-off: trace 12 partner changes at SCALE, sum top-level renderer-main events by name
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../lib/browser.mjs';
import { DATASET, pageOf } from '../pages/dashboard.mjs';
import { startServer } from '../lib/server.mjs';
import { synthesise } from '../../tools/synth.mjs';
import { openDataset } from './warm.mjs';
const view = process.argv[2] || 'timeline';
const scale = Number(process.env.SCALE ?? 1);
const server = await startServer(); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
await page.goto(server.url + pageOf(view)); await page.waitForTimeout(1500);
if (scale > 1) {
  const data = synthesise(DATASET, scale);
  const file = join(mkdtempSync(join(tmpdir(), 'pd-tr-')), `x${scale}.json`);
  writeFileSync(file, JSON.stringify(data));
  await openDataset(page, file, data.title.en);
  await page.waitForTimeout(1500);
}
if (process.env.FIXW) await page.evaluate((w) => { for (const s of document.querySelectorAll('.filter-bar select')) s.style.width = w; }, process.env.FIXW);
const events = [];
const cdp = await ctx.newCDPSession(page);
cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
const ps = ['daejeon', '', 'miri', ''];
for (let i = 0; i < 12; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForTimeout(300); }
await cdp.send('Tracing.end'); await done;
const main = events.filter((e) => e.name === 'TracingStartedInBrowser');
const by = new Map();
for (const e of events) if (e.ph === 'X' && e.dur && ['Layout','UpdateLayoutTree','Paint','PrePaint','Layerize','ParseHTML','FunctionCall','EventDispatch','RunTask','V8.GC_SCAVENGER','MinorGC','MajorGC','HitTest','IntersectionObserverController::computeIntersections','UpdateLayer','CompositeLayers','Commit','RecalculateStyles','ScheduleStyleRecalculation','InvalidateLayout'].includes(e.name)) by.set(e.name, (by.get(e.name) || 0) + e.dur / 1000);
console.log([...by.entries()].sort((a,b)=>b[1]-a[1]).map(([k,v])=>`${k} ${(v/12).toFixed(1)}`).join('\n'));
const lay = events.filter(e=>e.name==='Layout' && e.ph==='X').map(e=>e.dur/1000).sort((a,b)=>b-a).slice(0,8);
console.log('largest layouts', JSON.stringify(events.filter(e=>e.name==='Layout' && e.ph==='X').sort((a,b)=>b.dur-a.dur).slice(0,6).map(e=>[e.dur/1000,e.args?.beginData?.dirtyObjects,e.args?.beginData?.totalObjects,e.args?.beginData?.stackTrace?.[0]?.functionName])));
const sty = events.filter(e=>e.name==='UpdateLayoutTree' && e.ph==='X').map(e=>[e.dur/1000, e.args?.elementCount ?? e.args?.beginData?.elementCount]).sort((a,b)=>b[0]-a[0]).slice(0,8);
console.log('largest styles', JSON.stringify(sty));
await browser.close(); await server.close();
