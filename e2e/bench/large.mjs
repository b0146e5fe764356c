// A legal but very wide dataset (the bundled one with 5,000 more partners, tools/synth.mjs
// --partners) opened on every view: the longest task the page runs while it opens and until it
// settles, how long until the view shows it, and the longest task of the first filter change.
//
//   node e2e/bench/large.mjs [dist] [partners]      (after `make build`; dist defaults to dist/)
//
// A task over 200 ms is a page that does not answer the reader; the figures go in the README.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';

import { launch } from '../lib/browser.mjs';
import { pageOf } from '../pages/dashboard.mjs';
import { startServer } from '../lib/server.mjs';
import { openDataset, VIEWS } from './warm.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const partners = Number(process.argv[3] ?? 5000);
const file = join(mkdtempSync(join(tmpdir(), 'pd-large-')), `partners-${partners}.json`);
execFileSync('node', [new URL('../../tools/synth.mjs', import.meta.url).pathname, '--partners', String(partners), '--out', file], { stdio: 'inherit' });

/** Starts recording long tasks (over 50 ms) in `page`. */
const watchTasks = (page) => page.evaluate(() => {
  window.__tasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__tasks.push(e.duration);
  }).observe({ type: 'longtask' });
});
/** Waits until no long task has been seen for `quietMs`, then returns and clears the tasks seen. */
async function settle(page, quietMs = 1500) {
  let seen = -1;
  for (;;) {
    await page.waitForTimeout(quietMs);
    const n = await page.evaluate(() => window.__tasks.length);
    if (n === seen) break;
    seen = n;
  }
  return page.evaluate(() => window.__tasks.splice(0));
}
const ms = (x) => `${Math.round(x)} ms`;

const server = await startServer({ root: dist });
const browser = await launch();
console.log(`Opening ${partners} more partners on each view (${dist}):`);
for (const view of VIEWS) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${pageOf(view)}`);
  await page.waitForSelector('html[data-app-ready]');
  await settle(page, 800).catch(() => {});
  await watchTasks(page);
  const shown = await openDataset(page, file, `+${partners}`);
  const opening = await settle(page);
  const select = page.locator('select[name=partner]');
  let change = [];
  if (await select.count()) {
    await select.selectOption({ index: 1 });
    change = await settle(page);
  }
  const max = (xs) => (xs.length ? Math.max(...xs) : 0);
  console.log(`  ${view.padEnd(10)} shown ${ms(shown).padStart(8)}   longest task while opening ${ms(max(opening)).padStart(8)} (${opening.length} over 50 ms)   first filter change ${ms(max(change)).padStart(8)}`);
  await context.close();
}
await browser.close();
await server.close();
