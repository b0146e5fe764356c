// `make bench`: the release build served gzipped on 127.0.0.1, measured in headless Chromium next
// to TimelineJS 3 showing the same events (e2e/bench/timelinejs.mjs), served the same way.
// - cold loads of every view's page (alternating with TimelineJS, each in a fresh profile): FCP, LCP,
//   the first chart on screen (baked or drawn), interactive (a filter change answered), bytes before
//   the first paint and of the whole load; for the timeline also long tasks, JS heap, wasm memory,
//   requests to other hosts (e2e/bench/load.mjs), and the ratios dashboard / TimelineJS;
// - the bundled data and synthetic datasets at 10x, 100x and 1000x (tools/synth.mjs), each opened with
//   "Open another dataset": opening it, filter changes per view and view switches (warm.mjs), the
//   memory after them, and the first chart when a reload finds the dataset remembered;
// - opening the notes panel with 10 000 notes (notes.mjs).
// Prints Markdown tables for the README. Figures, not assertions: nothing here fails a build.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { coldLoad } from './load.mjs';
import { notesBench } from './notes.mjs';
import { fmt, median } from './stats.mjs';
import { TIMELINEJS_MARK, TIMELINEJS_VERSION, writeTimelineJsSite } from './timelinejs.mjs';
import { FILTERED_VIEWS, FIRST_CHART_DRAWN, atScale } from './warm.mjs';
import { VIEWS, pageOf } from '../pages/dashboard.mjs';

const LOADS = 5;
const CHANGES = 20;
const ROUNDS = 3;
const SCALES = [1, 10, 100, 1000];
const NOTES = 10000;
const APP_MARK = FIRST_CHART_DRAWN;
const DATA = JSON.parse(readFileSync(new URL('../../data/tangsel-paradiplomacy.json', import.meta.url), 'utf8'));

const kB = (b) => b / 1024;
const MB = (b) => b / (1024 * 1024);
const ratio = (a, b) => (median(a) / median(b)).toFixed(2);

const dir = mkdtempSync(join(tmpdir(), 'pd-bench-'));
const undated = writeTimelineJsSite(join(dir, 'timelinejs'), DATA);
const server = await startServer({ gzip: true });
const anchor = await startServer({ root: join(dir, 'timelinejs'), gzip: true });
const browser = await launch();
try {
  // Cold loads of every view's page, alternating with TimelineJS; a second round of loads in
  // which a filter is changed as soon as the app has the page (interactive).
  const app = [];
  const tl = [];
  const views = Object.fromEntries(VIEWS.map((v) => [v, { paint: [], interact: [] }]));
  for (let i = 0; i < LOADS; i++) {
    tl.push(await coldLoad(browser, anchor.url, TIMELINEJS_MARK));
    for (const v of VIEWS) {
      views[v].paint.push(await coldLoad(browser, `${server.url}${pageOf(v)}`, APP_MARK));
      views[v].interact.push(await coldLoad(browser, `${server.url}${pageOf(v)}`, APP_MARK, { interact: true }));
    }
  }
  app.push(...views.timeline.paint);
  const scales = [];
  for (const scale of SCALES) scales.push(await atScale(browser, server.url, dir, scale, { changes: CHANGES, rounds: ROUNDS, reloads: LOADS }));
  const notes = await notesBench(browser, server.url, NOTES);

  const cpu = cpus();
  const pick = (loads, key, f = (x) => x) => loads.map((l) => (l[key] === null ? NaN : f(l[key])));
  const row = (label, key, unit, f, digits = 0, withRatio = false) => {
    const [a, b] = [pick(app, key, f), pick(tl, key, f)];
    return `| ${label} | ${fmt(a, unit, digits)} | ${fmt(b, unit, digits)} | ${withRatio ? ratio(a, b) : ''} |`;
  };
  const med = (loads, key, f = (x) => x) => median(pick(loads, key, f));
  const tlReady = med(tl, 'render');
  const tlFcp = med(tl, 'fcp');
  const out = [
    `\n\`make bench\` (${new Date().toISOString().slice(0, 10)}; ${cpu.length} cores, ${cpu[0].model.trim()}; headless Chromium ${browser.version()}, no GPU; served gzipped on 127.0.0.1; median (min–max)):\n`,
    `| cold load, medians of ${LOADS} (ms, kB gzip) | first contentful paint | largest contentful paint | first chart on screen⁵ | interactive⁶ | bytes before the first paint⁷ | bytes of the load |`,
    '|---|---:|---:|---:|---:|---:|---:|',
    ...VIEWS.map((v) => {
      const { paint, interact } = views[v];
      const chart = med(paint, 'chart');
      return `| ${pageOf(v)} | ${med(paint, 'fcp').toFixed(0)} | ${med(paint, 'lcp').toFixed(0)} | ${Number.isFinite(chart) ? chart.toFixed(0) : 'no chart'} | ${med(interact, 'interactive').toFixed(0)} | ${med(paint, 'bytesBeforePaint', kB).toFixed(0)} | ${med(paint, 'bytes', kB).toFixed(0)} |`;
    }),
    `| TimelineJS ${TIMELINEJS_VERSION}, same events | ${tlFcp.toFixed(0)} | ${med(tl, 'lcp').toFixed(0)} | ${tlReady.toFixed(0)} | ${tlReady.toFixed(0)} | ${med(tl, 'bytesBeforePaint', kB).toFixed(0)} | ${med(tl, 'bytes', kB).toFixed(0)} |`,
    '',
    `⁵ The baked page's chart picture when shown (its \`baked-chart-shown\` mark, never before the first paint), else the app's first drawing; TimelineJS: its timeline built (its \`loaded\` event). Worst view against TimelineJS's first contentful paint: ${Math.max(...VIEWS.map((v) => med(views[v].paint, 'chart')).filter(Number.isFinite)).toFixed(0)} / ${tlFcp.toFixed(0)} ms.`,
    `⁶ A filter changed as soon as the app has the page (mounted, the baked page handed over), until the change is painted (the app's \`filter-render\` measure), in loads of their own; TimelineJS: ready when its timeline is built. Worst view / TimelineJS: ${(Math.max(...VIEWS.map((v) => med(views[v].interact, 'interactive'))) / tlReady).toFixed(2)}.`,
    '⁷ The HTML and the files that block rendering (style sheets), as transferred.',
    '',
    `| cold load, \`timeline.html\` (${LOADS} loads each, alternating) | dashboard | TimelineJS ${TIMELINEJS_VERSION} | dashboard / TimelineJS |`,
    '|---|---:|---:|---:|',
    row('first chart drawn by the app¹', 'render', 'ms', undefined, 0, true),
    row('first chart on screen (baked or drawn)', 'chart', 'ms', undefined, 0, true),
    row('first contentful paint', 'fcp', 'ms'),
    row('largest contentful paint', 'lcp', 'ms'),
    row('long tasks (count)', 'longTasks', ''),
    row('long tasks (total)', 'longTaskMs', 'ms'),
    row('JS heap after load (after GC)', 'heap', 'MB', MB, 1),
    row('wasm memory', 'wasm', 'MB', MB, 1),
    row('bytes transferred (gzip)²', 'bytes', 'kB', kB, 0, true),
    `| requests to other hosts (blocked) | ${app.reduce((n, l) => n + l.external.length, 0)} | ${tl.reduce((n, l) => n + l.external.length, 0)} | |`,
    '',
    `¹ Dashboard: the app's \`${APP_MARK}\` mark. TimelineJS: its 'loaded' event (slides and timeline markers built). TimelineJS shows the ${DATA.events.length - undated} dated events; the ${undated} undated ones are left out (the dashboard lists them apart from its chart).`,
    "² The page's own requests. The dashboard's service worker then fetches its files once more for offline use; that is not counted.",
    '',
    `| synthetic datasets (tools/synth.mjs), opened as a file | ${scales.map((s) => `×${s.scale}`).join(' | ')} |`,
    `|---|${scales.map(() => '---:').join('|')}|`,
    `| events / actors / relationships | ${scales.map((s) => s.counts).join(' | ')} |`,
    `| file size | ${scales.map((s) => `${MB(s.size).toFixed(2)} MB`).join(' | ')} |`,
    `| open the file → painted (overview) | ${scales.map((s) => `${s.open.toFixed(0)} ms`).join(' | ')} |`,
    `| the longest task while it opens | ${scales.map((s) => `${s.openTask.toFixed(0)} ms`).join(' | ')} |`,
    ...FILTERED_VIEWS.map((v) => `| filter change → updated³, ${v} (${CHANGES} changes) | ${scales.map((s) => fmt(s.filter[v].update)).join(' | ')} |`),
    ...FILTERED_VIEWS.map((v) => `| filter change → painted, ${v} (same changes) | ${scales.map((s) => fmt(s.filter[v])).join(' | ')} |`),
    ...FILTERED_VIEWS.map((v) => `| table's own task⁴, ${v} (same changes) | ${scales.map((s) => fmt(s.filter[v].table)).join(' | ')} |`),
    ...FILTERED_VIEWS.map((v) => `| filter change → table painted⁴, ${v} | ${scales.map((s) => fmt(s.filter[v].tablePainted)).join(' | ')} |`),
    `| view switch → painted (${ROUNDS * 6} switches) | ${scales.map((s) => fmt(s.switches)).join(' | ')} |`,
    `| JS heap (after GC) / wasm memory after these | ${scales.map((s) => `${MB(s.heap).toFixed(1)} / ${MB(s.wasm).toFixed(1)} MB`).join(' | ')} |`,
    `| first chart drawn, later visit with the dataset remembered (${LOADS}) | ${scales.map((s) => (s.stored ? fmt(s.reloads) : 'n/a: the browser would not store it')).join(' | ')} |`,
    '',
    "³ The re-render (the app's `filter-update` measure): from the change until every effect has run, ECharts' drawing of the chart included. → painted adds the wait for the display's next frame and the browser's layout, paint and compositing. Each change starts from a chart at rest (600 ms after the last).",
    "⁴ The view's table follows its chart one frame later, in a task of its own (src/state/deferred.rs): `table-update` is that task, until its effects have run; → table painted runs from the change until the frame with the table is on screen. A change that leaves a table as it was has no figure.",
    '',
    `${NOTES} notes: opening the notes panel → painted ${fmt(notes.opens)}; first chart drawn ${fmt(notes.loads)} after navigation (${notes.opens.length} reloads).`,
  ];
  console.log(out.join('\n'));
} finally {
  await browser.close();
  await server.close();
  await anchor.close();
  rmSync(dir, { recursive: true, force: true });
}
