// What a cold load's first paint waits for (`node e2e/bench/first-paint.mjs <dist>[:page] ...
// [--timelinejs]`, default page `timeline.html`; ROUNDS=<n>, default 10): each build is loaded
// in a fresh browser context (empty profile and cache), interleaved with the others, served
// gzipped on 127.0.0.1, under a Chromium trace; the medians of the first contentful paint, of
// the renderer's main-thread work until it painted that frame (style, layout, paint, scripts:
// inline ones while the page is parsed and any deferred one that ran first; the HTML parser,
// which holds the inline scripts), and of the time from that paint until the frame was
// presented (the compositor's part). `--timelinejs` adds TimelineJS showing the same events
// (e2e/bench/timelinejs.mjs), as `make bench` does.
//
// What it is for: a first paint later than TimelineJS's is either the page's own work (its
// style and first layout) or other work on the same two cores (the app's downloads and their
// compilation): a copy of the build without the app's scripts, passed as a second build, tells
// the two apart. Figures, not assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATASET } from '../pages/dashboard.mjs';
import { buildArgs, interleavedLoads } from './interleave.mjs';
import { median } from './stats.mjs';
import { writeTimelineJsSite } from './timelinejs.mjs';

const args = process.argv.slice(2);
const withTimelineJs = args.includes('--timelinejs');
const builds = buildArgs(args.filter((a) => a !== '--timelinejs'));
if (!builds.length) {
  console.error('usage: node e2e/bench/first-paint.mjs <dist>[:page] ... [--timelinejs]');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 10);

let tlDir = null;
if (withTimelineJs) {
  tlDir = mkdtempSync(join(tmpdir(), 'pd-first-paint-'));
  writeTimelineJsSite(tlDir, DATASET);
  builds.push({ root: tlDir, page: 'index.html', name: 'TimelineJS, same events' });
}

// The trace's names for the main thread's work, and what this script calls them.
const WORK = { UpdateLayoutTree: 'style', Layout: 'layout', Paint: 'paint', EvaluateScript: 'scripts', ParseHTML: 'HTML parser' };

/** One cold load of `url` under a trace: the FCP and the main thread's work before it (ms). */
async function tracedLoad(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'loading', 'blink.user_timing'] });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const fcp = traceEvents.find((e) => e.name === 'firstContentfulPaint');
    const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.tid === fcp.tid) ?? traceEvents.find((e) => e.name === 'navigationStart');
    // The main thread's work counts until it has painted the frame the FCP is presented in (its
    // last `Paint` before the FCP); from there the compositor presents it.
    const paints = traceEvents.filter((e) => e.ph === 'X' && e.tid === fcp.tid && e.name === 'Paint' && e.ts < fcp.ts);
    const painted = paints.length ? Math.max(...paints.map((e) => e.ts + e.dur)) : fcp.ts;
    const out = { fcp: (fcp.ts - nav.ts) / 1000, presented: (fcp.ts - painted) / 1000 };
    for (const name of Object.values(WORK)) out[name] = 0;
    for (const e of traceEvents) {
      if (e.ph === 'X' && e.tid === fcp.tid && e.ts >= nav.ts && e.ts < painted && WORK[e.name]) out[WORK[e.name]] += e.dur / 1000;
    }
    return out;
  } finally {
    await context.close();
  }
}

let loads;
try {
  loads = await interleavedLoads(builds, rounds, tracedLoad);
} finally {
  if (tlDir) rmSync(tlDir, { recursive: true, force: true });
}

const columns = ['fcp', ...Object.values(WORK), 'presented'];
console.log(`${rounds} cold loads per build, interleaved; medians (ms) of the first contentful paint, of the main thread's work until it painted that frame, and from there until the frame was presented\n`);
console.log(`| build | first contentful paint | ${Object.values(WORK).join(' | ')} | painted → presented |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
builds.forEach((b, i) => {
  const cells = columns.map((c) => median(loads[i].map((l) => l[c])).toFixed(c === 'fcp' ? 0 : 1));
  console.log(`| ${b.name ?? `${b.root} ${b.page}`} | ${cells.join(' | ')} |`);
});
