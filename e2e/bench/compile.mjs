// Where a cold start compiles its JavaScript (`node e2e/bench/compile.mjs <dist>[:page] ...`,
// default page `timeline.html`; ROUNDS=<n>, default 8): each build is loaded in a fresh browser
// context (empty profile and cache), interleaved with the others, served gzipped on 127.0.0.1,
// under a Chromium trace, until the app has drawn its first chart; the medians of V8's compiling
// on the renderer's main thread (functions compiled when first called, and scripts' top levels)
// and on other threads (streamed scripts, and the WebAssembly), and of the time of the first
// chart drawn (the app's `first-chart-drawn` mark; later than without the trace).
//
// What it is for: compiling on the main thread holds the app's start and every task beside it;
// compiling elsewhere uses the other cores. `tools/postbuild/compile-hints.mjs` moves the first
// to the second; a copy of the build without it, passed as a second build, shows by how much.
// Figures, not assertions.
import { buildArgs, interleavedLoads } from './interleave.mjs';
import { median } from './stats.mjs';

const builds = buildArgs(process.argv.slice(2));
if (!builds.length) {
  console.error('usage: node e2e/bench/compile.mjs <dist>[:page] ...');
  process.exit(2);
}
const rounds = Number(process.env.ROUNDS ?? 8);

/** Whether a trace event is V8 compiling (JavaScript or WebAssembly). */
const compiling = (e) => /compile/i.test(e.name) && !/CodeCache/i.test(e.name);

/** One cold load of `url` under a trace: compile time on and off the main thread (ms). */
async function tracedLoad(browser, url) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'disabled-by-default-v8.compile', 'v8.wasm', 'blink.user_timing', 'loading'] });
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
    const drawn = await page.evaluate(() => performance.getEntriesByName('first-chart-drawn')[0].startTime);
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
    const nav = traceEvents.find((e) => e.name === 'navigationStart');
    const end = nav.ts + drawn * 1000;
    // The renderer's process: its main thread and the threads it streams and compiles on.
    const renderer = nav.pid;
    let main = 0;
    let other = 0;
    // Nested compile events (a lazy compile inside a script's) count once: only the outermost.
    const open = new Map();
    for (const e of traceEvents.filter((x) => x.ph === 'X' && x.pid === renderer && compiling(x)).sort((a, b) => a.ts - b.ts)) {
      if (e.ts < nav.ts || e.ts > end) continue;
      if ((open.get(e.tid) ?? 0) > e.ts) continue;
      open.set(e.tid, e.ts + e.dur);
      if (e.tid === nav.tid) main += e.dur / 1000;
      else other += e.dur / 1000;
    }
    return { main, other, drawn };
  } finally {
    await context.close();
  }
}

const loads = await interleavedLoads(builds, rounds, tracedLoad);

console.log(`${rounds} cold loads per build, interleaved, traced until the app's first chart; medians (ms)\n`);
console.log('| build | compiling on the main thread | compiling on other threads | first chart drawn (traced) |');
console.log('|---|---:|---:|---:|');
builds.forEach((b, i) => {
  const cell = (k) => median(loads[i].map((l) => l[k])).toFixed(0);
  console.log(`| ${b.root} ${b.page} | ${cell('main')} | ${cell('other')} | ${cell('drawn')} |`);
});
