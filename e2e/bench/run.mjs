// `make bench`: the release build served gzipped on 127.0.0.1, measured in headless Chromium.
// - cold loads (5): time to the first chart drawn (the app's `first-chart-drawn` mark), FCP,
//   bytes transferred (gzip), JS heap;
// - warm: the re-render after a filter change, per view (the app's `filter-render` measure:
//   from the change to the end of the first frame that shows it), 20 changes each.
// Prints a Markdown table for the README. Figures, not assertions: nothing here fails a build.
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';

const LOADS = 5;
const CHANGES = 20;
const VIEWS = ['overview', 'timeline', 'matrix', 'challenges', 'learning'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (xs, unit = 'ms', digits = 1) => `${median(xs).toFixed(digits)} ${unit} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

const server = await startServer({ gzip: true });
const browser = await launch();
try {
  const load = { chart: [], fcp: [], bytes: [], heap: [] };
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    await page.goto(`${server.url}?view=timeline`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0, null, { timeout: 30000 });
    await page.waitForTimeout(300);
    const m = await page.evaluate(() => ({
      chart: performance.getEntriesByName('first-chart-drawn')[0].startTime,
      fcp: (performance.getEntriesByName('first-contentful-paint')[0] || { startTime: NaN }).startTime,
    }));
    const heap = await cdp.send('Runtime.getHeapUsage');
    load.chart.push(m.chart);
    load.fcp.push(m.fcp);
    load.bytes.push(bytes / 1024);
    load.heap.push(heap.usedSize / (1024 * 1024));
    await context.close();
  }

  const warm = {};
  const context = await browser.newContext();
  const page = await context.newPage();
  for (const view of VIEWS) {
    await page.goto(`${server.url}?view=${view}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
    await page.evaluate(() => performance.clearMeasures('filter-render'));
    const partners = ['daejeon', '', 'miri', ''];
    for (let i = 0; i < CHANGES; i++) {
      await page.selectOption('select[name=partner]', partners[i % partners.length]);
      await page.waitForFunction((n) => performance.getEntriesByName('filter-render').length >= n, i + 1);
    }
    warm[view] = await page.evaluate(() => performance.getEntriesByName('filter-render').map((e) => e.duration));
  }
  await context.close();

  const chromium = browser.version();
  console.log(`\nBenchmark (${new Date().toISOString().slice(0, 10)}, Chromium ${chromium}, headless, ${process.arch}; median (min–max)):\n`);
  console.log('| measure | figure |');
  console.log('|---|---:|');
  console.log(`| first chart drawn, cold load (${LOADS} loads) | ${fmt(load.chart)} |`);
  console.log(`| first contentful paint | ${fmt(load.fcp)} |`);
  console.log(`| bytes transferred (gzip) | ${fmt(load.bytes, 'kB', 0)} |`);
  console.log(`| JS heap after load | ${fmt(load.heap, 'MB', 1)} |`);
  for (const view of VIEWS) {
    console.log(`| filter change → painted, ${view} (${CHANGES} changes) | ${fmt(warm[view])} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
