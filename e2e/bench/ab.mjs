// Two builds compared on filter changes, interleaved (`node e2e/bench/ab.mjs <dist A> <dist B>
// [rounds] [views]`, e.g. a copy of `dist/` from before a change and `dist` after it). On a
// shared machine the speed drifts by tens of per cent within an hour, so figures taken one
// after the other compare the hour as much as the builds: here each round measures 8 partner
// changes on A and 8 on B (in alternating order), per view, and the medians are over all rounds.
// Same measures as `filters.mjs` (src/perf.rs): the update, ECharts' part of it, → painted, and
// the table's own task a frame later and the frame that paints it (a build without them shows
// n/a).
// SCALE=100 opens the bundled data at that scale (tools/synth.mjs) from the footer on each view
// before its changes (a file that large is not remembered, so it is opened each time).
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { median, ms1 } from './stats.mjs';
import { FILTERED_VIEWS, byDirection, filterChanges, openDataset, openView, scaledFile } from './warm.mjs';

const [distA, distB, roundsArg, viewsArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node e2e/bench/ab.mjs <dist A> <dist B> [rounds, default 6] [views, comma-separated]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 6);
const views = viewsArg ? viewsArg.split(',') : FILTERED_VIEWS;
const CHANGES = 8;
const scale = Number(process.env.SCALE ?? 1);
const scaled = scaledFile(scale);

const servers = [await startServer({ root: distA }), await startServer({ root: distB })];
const browser = await launch();
try {
  const pages = [];
  for (let i = 0; i < 2; i++) pages.push(await (await browser.newContext()).newPage());
  const figures = new Map(views.map((v) => [v, [{ update: [], chart: [], painted: [], table: [], tablePainted: [] }, { update: [], chart: [], painted: [], table: [], tablePainted: [] }]]));
  for (let round = 0; round < rounds; round++) {
    for (const view of views) {
      for (const build of round % 2 ? [1, 0] : [0, 1]) {
        const page = pages[build];
        await openView(page, servers[build].url, view);
        if (scaled) await openDataset(page, scaled.file, scaled.title);
        const ms = await filterChanges(page, CHANGES);
        const f = figures.get(view)[build];
        f.update.push(...ms.update);
        f.chart.push(...ms.chart);
        f.painted.push(...ms);
        f.table.push(...ms.table);
        f.tablePainted.push(...ms.tablePainted);
      }
    }
  }
  const ms = (xs) => ms1(median(xs));
  console.log(`${rounds * CHANGES} partner changes per view and build, interleaved${scale > 1 ? `, at ${scale}× the bundled data` : ''}. A: ${distA}, B: ${distB}\n`);
  console.log('| view | update: A → B (median) | to one partner | back to all | of which ECharts | → painted | table, next frame | → table painted |\n|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [view, [a, b]] of figures) {
    // Each run of CHANGES starts the partner cycle again, so positions keep their direction.
    const [da, db] = [byDirection(a.update), byDirection(b.update)];
    console.log(`| ${view} | ${ms(a.update)} → ${ms(b.update)} | ${ms(da.toPartner)} → ${ms(db.toPartner)} | ${ms(da.toAll)} → ${ms(db.toAll)} | ${ms(a.chart)} → ${ms(b.chart)} | ${ms(a.painted)} → ${ms(b.painted)} | ${ms(a.table)} → ${ms(b.table)} | ${ms(a.tablePainted)} → ${ms(b.tablePainted)} |`);
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
