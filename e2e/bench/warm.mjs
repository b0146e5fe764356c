// Figures of a page already running: opening a dataset file, filter changes and view switches.
//
// "→ painted" is measured as the app measures a filter change (src/perf.rs, `filter-render`):
// from the change to the end of the first frame that shows it (the next animation frame, then a
// task after it). The app has no mark for a view switch yet, so a switch is timed from the click on
// the view's link with the same definition; if the app sets a `view-render` measure, it is used.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DATASET, VIEWS, pageOf } from '../pages/dashboard.mjs';
import { synthesise } from '../../tools/synth.mjs';
import { liveHeap, observe } from './load.mjs';

export { VIEWS };
/** The views with a partner filter and a chart: each gets `changes` filter changes. */
export const FILTERED_VIEWS = ['overview', 'timeline', 'matrix', 'challenges', 'learning'];
const PARTNERS = ['daejeon', '', 'miri', ''];
const TIMEOUT = { timeout: 120000 };

/**
 * `filterChanges`' figures split by direction: to one partner, and back to all partners. A view
 * redraws more going back (every partner's marks and cells return), so the two directions are
 * two clusters, and a median over both is unsteady.
 */
export function byDirection(xs) {
  const toAll = (i) => PARTNERS[i % PARTNERS.length] === '';
  return { toPartner: xs.filter((_, i) => !toAll(i)), toAll: xs.filter((_, i) => toAll(i)) };
}

/**
 * Resolves once the app has drawn its first chart and has the page: a baked page (if any) is
 * handed over, so what the benchmark finds and clicks is the app's, not the baked copy's.
 */
export async function appHasPage(page, options = {}) {
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0
    && !document.getElementById('baked'), null, options);
}

/** Opens `view` of the dashboard served at `base` and resolves once its first chart is at rest. */
export async function openView(page, base, view) {
  // A build from before the views had pages of their own has only index.html (`?view=`).
  const response = await page.goto(`${base}${pageOf(view)}`);
  if (response?.status() === 404) await page.goto(`${base}?view=${view}`);
  await appHasPage(page);
  await page.waitForTimeout(500);
}

/** Clicks the navigation link of `view`; resolves to the ms until the switch is painted. */
export function switchView(page, view) {
  return page.evaluate((index) => new Promise((done) => {
    performance.clearMeasures('view-render');
    const t0 = performance.now();
    document.querySelectorAll('nav.view-nav a')[index].click();
    requestAnimationFrame(() => setTimeout(() => {
      done(performance.getEntriesByName('view-render')[0]?.duration ?? performance.now() - t0);
    }, 0));
  }), VIEWS.indexOf(view));
}

/**
 * How long a reader looks at a view before changing a filter again: longer than ECharts' update
 * animation (300 ms), so each change starts from a chart at rest, as a reader's does.
 */
export const REST_MS = 600;

const MEASURES = ['filter-render', 'filter-update', 'chart-draw', 'table-update', 'table-render'];

/**
 * `changes` partner-filter changes on the view on screen, each from a chart at rest: the app's
 * `filter-render` durations (→ painted), with `update` (its `filter-update` durations: the
 * re-render), `chart` (its `chart-draw` durations: ECharts' part), and the table's part, a
 * frame later (src/state/deferred.rs): `table` (its `table-update` durations, the task that
 * rebuilds the table) and `tablePainted` (`table-render`: from the change until the frame with
 * the table is painted). A change that leaves a view's table as it was has no table figures.
 */
export async function filterChanges(page, changes) {
  await page.evaluate((names) => names.forEach((n) => performance.clearMeasures(n)), MEASURES);
  for (let i = 0; i < changes; i++) {
    await page.waitForTimeout(REST_MS);
    await page.selectOption('select[name=partner]', PARTNERS[i % PARTNERS.length]);
    await page.waitForFunction((n) => performance.getEntriesByName('filter-render').length >= n, i + 1, TIMEOUT);
  }
  await page.waitForTimeout(REST_MS); // the last change's table, a frame later
  const [render, update, chart, table, tablePainted] = await page.evaluate((names) =>
    names.map((name) => performance.getEntriesByName(name).map((e) => e.duration)), MEASURES);
  return Object.assign(render, { update, chart, table, tablePainted });
}

/**
 * From the overview, in a page where the app runs: `rounds` passes through every view (each
 * switch timed), and on the first pass `changes` filter changes on each filtered view.
 * Resolves to { filter: { view: [ms] }, switches: [ms] }.
 */
export async function interactions(page, { changes, rounds }) {
  const filter = {};
  const switches = [];
  for (let round = 0; round < rounds; round++) {
    for (const view of [...VIEWS.slice(1), VIEWS[0]]) {
      switches.push(await switchView(page, view));
      if (round === 0 && FILTERED_VIEWS.includes(view)) filter[view] = await filterChanges(page, changes);
    }
  }
  return { filter, switches };
}

/**
 * The bundled dataset at `scale` times its size (tools/synth.mjs), written to a file of its own
 * for `openDataset`: `{ file, title }`; null at 1× (the bundled dataset is already open).
 */
export function scaledFile(scale) {
  if (scale <= 1) return null;
  const data = synthesise(DATASET, scale);
  const file = join(mkdtempSync(join(tmpdir(), 'pd-scaled-')), `x${scale}.json`);
  writeFileSync(file, JSON.stringify(data));
  return { file, title: data.title.en };
}

/**
 * Opens `file` with the footer's "Open another dataset" and waits until the view shows it
 * (its title in "Showing: …"); resolves to the ms from the file input's change to that frame.
 * Throws with the app's own words if the dashboard refuses the file.
 */
export async function openDataset(page, file, title) {
  await page.evaluate((wanted) => {
    window.__opened = null;
    const input = document.querySelector('.dataset input[type=file]');
    const t0 = { at: NaN };
    input.addEventListener('change', () => { t0.at = performance.now(); }, { capture: true, once: true });
    const seen = new MutationObserver(() => {
      if (!document.querySelector('#dataset-showing')?.textContent.includes(wanted)) return;
      seen.disconnect();
      requestAnimationFrame(() => setTimeout(() => { window.__opened = performance.now() - t0.at; }, 0));
    });
    seen.observe(document.querySelector('.dataset'), { subtree: true, childList: true, characterData: true });
  }, title);
  await page.locator('.dataset input[type=file]').setInputFiles(file);
  await page.waitForFunction(() => window.__opened !== null || document.querySelector('.dataset .problems'), null, TIMEOUT);
  const problems = await page.locator('.dataset .problems').allInnerTexts();
  if (problems.length) throw new Error(`the dashboard refused ${file}:\n${problems.join('\n')}`);
  return page.evaluate(() => window.__opened);
}

/**
 * Opens `view` from `base` and, above 1×, the bundled dataset at `scale` times its size
 * (`scaledFile`); then lets the page settle, for a profile or a trace of what follows.
 */
export async function openAtScale(page, base, view, scale) {
  await page.goto(base + pageOf(view));
  await page.waitForTimeout(1500);
  const scaled = scaledFile(scale);
  if (!scaled) return;
  await openDataset(page, scaled.file, scaled.title);
  await page.waitForTimeout(1500);
}

/** The app's mark for its first chart drawn (src/perf.rs). */
export const FIRST_CHART_DRAWN = 'first-chart-drawn';

/**
 * The figures of the dashboard served at `url` with `scale` times the bundled data (written to
 * `dir`), in a fresh context: opening the file, `changes` filter changes per view and view
 * switches over `rounds`, the memory after them, and `reloads` later visits that find the
 * dataset remembered (when the browser stored it).
 */
export async function atScale(browser, url, dir, scale, { changes, rounds, reloads: visits }) {
  const data = synthesise(DATASET, scale);
  const text = JSON.stringify(data);
  const file = join(dir, `x${scale}.json`);
  writeFileSync(file, text);
  const context = await browser.newContext();
  try {
    await context.addInitScript(observe);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url);
    await appHasPage(page);
    const tasksBefore = await page.evaluate(() => window.__bench.longTasks.length);
    const open = await openDataset(page, file, data.title.en);
    // The longest task while the file opened: the page answers a press between tasks.
    const openTask = await page.evaluate((from) => Math.max(0, ...window.__bench.longTasks.slice(from)), tasksBefore);
    // The app says so when the browser will not store the file (localStorage is full).
    const stored = (await page.locator('.dataset .notice').count()) === 0;
    const { filter, switches } = await interactions(page, { changes, rounds });
    const heap = await liveHeap(cdp);
    const wasm = await page.evaluate(() => window.__bench.wasmMemory?.buffer.byteLength ?? NaN);
    // A later visit reads the dataset back from localStorage.
    const reloads = [];
    for (let i = 0; stored && i < visits; i++) {
      await page.goto(`${url}timeline.html`);
      await appHasPage(page, { timeout: 120000 });
      const showing = await page.locator('#dataset-showing').innerText();
      if (!showing.includes(data.title.en)) throw new Error(`a later visit shows "${showing}", not the stored ×${scale} dataset`);
      reloads.push(await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, FIRST_CHART_DRAWN));
    }
    const counts = `${data.events.length} / ${data.actors.length} / ${data.relationships.length}`;
    return { scale, counts, size: Buffer.byteLength(text), open, openTask, filter, switches, heap, wasm, stored, reloads };
  } finally {
    await context.close();
  }
}
