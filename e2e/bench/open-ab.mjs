// Opening a file on one view, two builds interleaved: `node e2e/bench/open-ab.mjs <dist A>
// <dist B> [view, default timeline] [scale, default 100] [rounds, default 4]`. Each round opens
// the bundled data at `scale` times its size (tools/synth.mjs) from the footer, once on A and
// once on B in alternating order, each in a fresh context on the view's page: the time until
// the view shows it (painted), the longest task meanwhile, and every task of 50 ms or more from
// the file's choice until the page has been quiet a while (what the view, the filter bar and
// remembering the file do after the first frame included). Figures, not assertions.
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { observe } from './load.mjs';
import { median } from './stats.mjs';
import { pageOf } from '../pages/dashboard.mjs';
import { appHasPage, openDataset, scaledFile } from './warm.mjs';

const [distA, distB, view = 'timeline', scaleArg, roundsArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node e2e/bench/open-ab.mjs <dist A> <dist B> [view] [scale, default 100] [rounds, default 4]');
  process.exit(2);
}
const scale = Number(scaleArg ?? 100);
const rounds = Number(roundsArg ?? 4);
const QUIET_MS = 2500;

if (!(scale > 1)) {
  console.error('the scale must be above 1: at 1× the bundled dataset is already open');
  process.exit(2);
}
const { file, title } = scaledFile(scale);
const servers = [await startServer({ root: distA }), await startServer({ root: distB })];
const browser = await launch();
try {
  const runs = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 ? [1, 0] : [0, 1]) {
      const context = await browser.newContext();
      try {
        await context.addInitScript(observe);
        const page = await context.newPage();
        await page.goto(servers[build].url + pageOf(view));
        await appHasPage(page);
        await page.waitForTimeout(1000);
        const before = await page.evaluate(() => window.__bench.longTasks.length);
        const open = await openDataset(page, file, title);
        await page.waitForTimeout(QUIET_MS);
        const tasks = await page.evaluate((from) => window.__bench.longTasks.slice(from).map(Math.round), before);
        runs[build].push({ open, tasks });
      } finally {
        await context.close();
      }
    }
  }
  console.log(`Opening ×${scale} on ${view}, ${rounds} rounds interleaved; medians, then each run's tasks of 50 ms or more in order:\n`);
  for (const build of [0, 1]) {
    const r = runs[build];
    const longest = median(r.map((x) => Math.max(0, ...x.tasks)));
    console.log(`${build ? 'B' : 'A'} ${[distA, distB][build]}: open → painted ${Math.round(median(r.map((x) => x.open)))} ms, longest task ${longest} ms`);
    for (const x of r) console.log(`    ${Math.round(x.open)} ms: ${x.tasks.join(', ') || 'none'}`);
  }
} finally {
  await browser.close();
  for (const s of servers) await s.close();
}
