// Where a filter change's rendering goes, by the browser's own work (`node e2e/bench/layout.mjs
// [view]`, after `make build`; SCALE=100 opens the bundled data at that scale first, as
// `profile.mjs` does): a Chromium trace of 12 partner changes, the time per change in layout,
// style, paint and the compositor's commit, the largest layouts and style recalculations with
// the number of objects they touched, and the page's elements by region. A CPU profile
// (`profile.mjs`) puts all of this in "(program)"; this says which of it is which. It found a
// `<select>` of 1,600 partners measured on every change, and an undated list rebuilt whole.
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { openAtScale } from './warm.mjs';

const view = process.argv[2] || 'timeline';
const scale = Number(process.env.SCALE ?? 1);
const CHANGES = 12;
const server = await startServer(); const browser = await launch();
try {
  const ctx = await browser.newContext(); const page = await ctx.newPage();
  await openAtScale(page, server.url, view, scale);
  const regions = await page.evaluate(() => {
    const out = { 'whole page': document.querySelectorAll('*').length };
    for (const el of document.querySelectorAll('header, .filter-bar, .view-main > *, .view-main > * > *')) {
      const n = el.querySelectorAll('*').length;
      if (n >= 100) out[`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''}`] = n;
    }
    return out;
  });

  const events = [];
  const cdp = await ctx.newCDPSession(page);
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
  const partners = ['daejeon', '', 'miri', ''];
  for (let i = 0; i < CHANGES; i++) {
    await page.selectOption('select[name=partner]', partners[i % 4]);
    await page.waitForTimeout(300);
  }
  await cdp.send('Tracing.end'); await complete;

  const kinds = { Layout: 'layout', UpdateLayoutTree: 'style', PrePaint: 'pre-paint', Paint: 'paint', Commit: 'commit', FunctionCall: 'script (tasks started by the page)', MinorGC: 'minor GC', MajorGC: 'major GC' };
  const sums = new Map();
  for (const e of events) if (e.ph === 'X' && e.dur && kinds[e.name]) sums.set(e.name, (sums.get(e.name) || 0) + e.dur / 1000);
  console.log(`${view}${scale > 1 ? ` at ${scale}×` : ''}: ${CHANGES} partner changes, 300 ms apart (ECharts' animations included), per change:`);
  for (const [name, ms] of [...sums.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${(ms / CHANGES).toFixed(1).padStart(7)} ms  ${kinds[name]}`);
  const largest = (name, fmt) => events.filter((e) => e.name === name && e.ph === 'X').sort((a, b) => b.dur - a.dur).slice(0, 5).map(fmt).join(', ');
  console.log('largest layouts (ms: dirty / all objects):', largest('Layout', (e) => `${(e.dur / 1000).toFixed(1)}: ${e.args?.beginData?.dirtyObjects}/${e.args?.beginData?.totalObjects}`));
  console.log('largest style recalculations (ms: elements):', largest('UpdateLayoutTree', (e) => `${(e.dur / 1000).toFixed(1)}: ${e.args?.elementCount ?? '?'}`));
  console.log('elements by region (100 or more):', regions);
} finally {
  await browser.close(); await server.close();
}
