// Where a cold start's main-thread time goes: a CPU profile of `loads` cold loads of one page
// (fresh context each), until the app's first chart is drawn; prints the app's functions by
// inclusive time, and every function by self time, per load.
//   node e2e/bench/start.mjs [page] [loads] [pattern]
// e.g. `node e2e/bench/start.mjs timeline.html 4 paradiplomacy_dashboard`. The release wasm has
// no function names: give it a build with them (docs/performance.md, "Commands") through
// DASHBOARD_DIST.
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';

const [pageFile = 'timeline.html', loadsArg = '4', patternArg] = process.argv.slice(2);
const LOADS = Number(loadsArg);
const pattern = new RegExp(patternArg ?? 'paradiplomacy_dashboard');
const server = await startServer({ gzip: true });
const browser = await launch();
const inclusive = new Map();
const self = new Map();
let busy = 0;
for (let run = 0; run < LOADS; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url + pageFile);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n) => (n.callFrame.functionName || '(anonymous)').replace(/::h[0-9a-f]{16}$/, '');
  profile.samples.forEach((id, i) => {
    const t = profile.timeDeltas[i] ?? 0;
    const leaf = name(byId.get(id));
    self.set(leaf, (self.get(leaf) ?? 0) + t);
    if (leaf !== '(idle)' && leaf !== '(program)') busy += t;
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const n = name(byId.get(x));
      if (seen.has(n)) continue;
      seen.add(n);
      inclusive.set(n, (inclusive.get(n) ?? 0) + t);
    }
  });
  await context.close();
}
const ms = (us) => (us / 1000 / LOADS).toFixed(1).padStart(8);
console.log(`${pageFile}, ${LOADS} cold loads: ${ms(busy).trim()} ms of script per load (idle and "program" left out)`);
console.log('\ninclusive, matching', pattern);
[...inclusive].filter(([n]) => pattern.test(n)).sort((a, b) => b[1] - a[1]).slice(0, 30)
  .forEach(([n, t]) => console.log(ms(t), n.slice(0, 150)));
console.log('\nself');
[...self].sort((a, b) => b[1] - a[1]).slice(0, 25).forEach(([n, t]) => console.log(ms(t), n.slice(0, 150)));
await browser.close();
await server.close();
