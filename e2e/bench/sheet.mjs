// The spreadsheet worker on the bundled dataset: how long the dataset on screen takes to be
// written as .xlsx, and how long its spreadsheet takes to open again (from the file chosen to
// the dataset shown), the first time in a page (the worker starts: its wasm is fetched and
// compiled) and again in the same page; and the longest task the page ran meanwhile (the
// worker keeps the work off the page's thread).
//
//   node e2e/bench/sheet.mjs [dist] [runs]      (after `make build`; dist defaults to dist/)
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';

const dist = resolve(process.argv[2] ?? 'dist');
const runs = Number(process.argv[3] ?? 5);
const dir = mkdtempSync(join(tmpdir(), 'pd-sheet-bench-'));

const server = await startServer({ root: dist });
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { write: [], firstOpen: [], againOpen: [], longest: [] };

/** Opens `path` through the picker; resolves to the milliseconds until the dataset is shown. */
async function open(page, path, name) {
  await page.evaluate(() => { window.__tasks = []; });
  const start = Date.now();
  await page.locator('.dataset input[type=file]').setInputFiles(path);
  await page.waitForFunction((n) => document.querySelector('#dataset-showing').innerText.includes(n), name, { timeout: 120_000 });
  return Date.now() - start;
}

for (let run = 0; run < runs; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}timeline.html`);
  await page.waitForSelector('html[data-app-ready]');
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  let start = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.locator('button.download-sheet').click(),
  ]);
  results.write.push(Date.now() - start);
  const path = join(dir, `run-${run}.xlsx`);
  await download.saveAs(path);
  // A fresh page: the worker starts again for the first open.
  await page.reload();
  await page.waitForSelector('html[data-app-ready]');
  await page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  results.firstOpen.push(await open(page, path, `run-${run}.xlsx`));
  await page.waitForTimeout(500);
  results.longest.push(Math.max(0, ...await page.evaluate(() => window.__tasks)));
  await page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
  results.againOpen.push(await open(page, path, `run-${run}.xlsx`));
  await context.close();
}
await browser.close();
await server.close();

const line = (label, xs) => console.log(`${label.padEnd(52)} median ${Math.round(median(xs))} ms (${xs.map(Math.round).join(', ')})`);
console.log(`The bundled dataset as a spreadsheet, ${runs} runs (${dist}):`);
line('write the .xlsx (worker started), to the download', results.write);
line('open it, worker starting (fresh page)', results.firstOpen);
line('open it again, worker running', results.againOpen);
line('longest task of the page while opening (first)', results.longest);
