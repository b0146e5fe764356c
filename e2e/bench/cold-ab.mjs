// Two builds compared on cold loads, interleaved (`node e2e/bench/cold-ab.mjs <dist A> <dist B>
// [rounds, default 10] [query, default ?view=timeline; `<query A>|<query B>` for one each]`): each round loads A and B once each (in
// alternating order), each in a fresh browser context (empty profile and cache), served gzipped on
// 127.0.0.1, measured as `make bench` measures a cold load (e2e/bench/load.mjs): the first chart
// drawn (the app's `first-chart-drawn` mark), first contentful paint, largest contentful paint,
// long tasks and bytes. Interleaving keeps the drift of a shared machine out of the comparison.
// THROTTLE=1 loads both as a phone on a slow mobile network would (load.mjs, SLOW_4G), and
// measures interactive too (a filter changed as soon as the app has the page, until painted).
// Figures, not assertions.
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { coldLoad } from './load.mjs';
import { median } from './stats.mjs';

const [distA, distB, roundsArg, queryArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node e2e/bench/cold-ab.mjs <dist A> <dist B> [rounds, default 10] [query, default ?view=timeline]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 10);
// `<query A>|<query B>` loads each build at its own address (e.g. `?view=timeline|timeline.html`).
const [queryA, queryB = queryA] = (queryArg ?? '?view=timeline').split('|');
const query = queryA === queryB ? queryA : `${queryA} (A), ${queryB} (B)`;
const queries = [queryA, queryB];
const MARK = 'first-chart-drawn';
const throttle = process.env.THROTTLE === '1' ? { throttle: true, interact: true } : {};

const servers = [await startServer({ root: distA, gzip: true }), await startServer({ root: distB, gzip: true })];
const browser = await launch();
const loads = [[], []];
try {
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 ? [1, 0] : [0, 1]) {
      loads[build].push(await coldLoad(browser, `${servers[build].url}${queries[build]}`, MARK, throttle));
    }
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}

// A page without a chart has no chart figures: "n/a", not Infinity or NaN.
const row = (name, pick, unit = 'ms') => {
  const [a, b] = loads.map((l) => median(l.map(pick)));
  const f = (x) => (!Number.isFinite(x) ? 'n/a' : unit === 'kB' ? `${(x / 1000).toFixed(0)} kB` : `${x.toFixed(0)} ms`);
  const d = b - a;
  const diff = !Number.isFinite(d) ? 'n/a' : `${d > 0 ? '+' : ''}${unit === 'kB' ? (d / 1000).toFixed(0) : d.toFixed(0)}`;
  return `| ${name} | ${f(a)} | ${f(b)} | ${diff} |`;
};
console.log(`${rounds} cold loads of ${query} per build, interleaved${throttle.throttle ? ', throttled as a phone on slow 4G' : ''}. A: ${distA}, B: ${distB}\n`);
console.log('| median | A | B | B - A |');
console.log('|---|---:|---:|---:|');
console.log(row('first chart on screen (baked or drawn)', (l) => l.chart));
console.log(row('first chart drawn by the app', (l) => l.render));
console.log(row('first contentful paint', (l) => l.fcp));
console.log(row('largest contentful paint', (l) => l.lcp));
if (throttle.throttle) console.log(row('interactive (a filter change answered)', (l) => l.interactive));
console.log(row('long tasks (sum)', (l) => l.longTaskMs));
console.log(row('bytes before the first paint', (l) => l.bytesBeforePaint, 'kB'));
console.log(row('bytes transferred', (l) => l.bytes, 'kB'));
