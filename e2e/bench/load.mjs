// One cold load of a page in a fresh browser context (empty profile, empty cache), measured the
// same way for the dashboard and for TimelineJS:
// - render: the performance mark `mark` (set by the page when its first chart or timeline is built);
// - chart: the first chart on screen: a baked page's chart picture (its `baked-chart-shown` mark,
//   public/baked.js), else `render`;
// - bytes before the first paint: the page's HTML and the files that block its rendering;
// - interactive (with `interact`): a filter change made as soon as the app has the page, until
//   it is painted;
// - FCP and LCP (the last `largest-contentful-paint` entry once the page is quiet);
// - long tasks (`longtask` entries: count and total duration), observed from before any script runs;
// - JS heap (CDP Runtime.getHeapUsage, used size after a garbage collection) and wasm memory (the byte length of the memory
//   the app's wasm exports, handed over in Trunk's `TrunkApplicationStarted` event; null for a
//   page without wasm);
// - bytes transferred by the page's own requests (CDP Network.loadingFinished encodedDataLength:
//   gzip bodies and headers; a service worker's fetches are its own, not the page's);
// - requests to any host other than 127.0.0.1: counted, and blocked so that nothing is fetched
//   from a CDN (the same `page.route` for both pages, so both pay the same interception cost).
//
// `throttle: true` loads the page as Lighthouse's mobile profile assumes a phone does (its
// "slow 4G": 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up; and a CPU 4 times slower), through
// Chromium's own network and CPU throttling: real delays, not a simulation.

/** Runs in the page before its own scripts (an init script): the observers read into `window.__bench`. */
export function observe() {
  const bench = { longTasks: [], lcp: NaN, wasmMemory: null };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.lcp = e.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { bench.wasmMemory = e.detail?.wasm?.memory ?? null; });
}

/**
 * Runs in the page before its own scripts (an init script): as soon as the app has the page (mounted,
 * the baked page handed over), changes its first filter, as a reader who does not wait would. The
 * app measures the change until it is painted (`filter-render`, src/perf.rs).
 */
export function interactWhenReady() {
  const tick = () => {
    if (!document.documentElement) {
      setTimeout(tick, 4);
      return;
    }
    const select = document.querySelector('#app .filter-bar select');
    const ready = document.documentElement.hasAttribute('data-app-ready') && !document.getElementById('baked');
    if (ready && select && select.options.length > 1) {
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      setTimeout(tick, 4);
    }
  };
  tick();
}

/** The JS heap in use once garbage is collected (bytes), through the page's CDP session. */
export async function liveHeap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Lighthouse's mobile profile (its `throttling.mobileSlow4G` and CPU slowdown), for CDP. */
export const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8, cpu: 4 };

/** Loads `url` in a fresh context; resolves to the figures above (times in ms, sizes in bytes). */
export async function coldLoad(browser, url, mark, { settleMs = 1000, interact = false, throttle = false } = {}) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const external = [];
    await page.route((u) => u.hostname !== '127.0.0.1', (route) => {
      external.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await page.addInitScript(observe);
    if (interact) await page.addInitScript(interactWhenReady);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (throttle) {
      const { cpu, ...network } = SLOW_4G;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
    }
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => { bytes += e.encodedDataLength; });
    await page.goto(url);
    // The mark, or for a view without a chart, the app having the page.
    await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0
      || (document.documentElement.hasAttribute('data-app-ready') && !document.getElementById('baked')
        && !document.querySelector('.chart')), mark, { timeout: 60000 });
    if (interact) await page.waitForFunction(() => performance.getEntriesByName('filter-render').length > 0, null, { timeout: 60000 });
    // Let the first paints, LCP and trailing tasks settle before reading them.
    await page.waitForTimeout(settleMs);
    const figures = await page.evaluate((m) => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
      const live = performance.getEntriesByName(m)[0]?.startTime ?? NaN;
      // Bytes the first paint needs: the HTML and the files that block rendering (its style
      // sheets; a script in the head without `defer`), as transferred (compressed, with headers).
      const [nav] = performance.getEntriesByType('navigation');
      const before = performance.getEntriesByType('resource').filter((r) => r.renderBlockingStatus === 'blocking');
      return {
        render: live,
        // The first chart on screen: a baked page's picture, or else the app's own drawing.
        // (Never before the first paint: the picture is shown by a paint.)
        chart: Math.max(fcp, Math.min(performance.getEntriesByName('baked-chart-shown')[0]?.startTime ?? Infinity,
          Number.isNaN(live) ? Infinity : live)),
        bytesBeforePaint: (nav?.transferSize ?? 0) + before.reduce((sum, r) => sum + r.transferSize, 0),
        fcp,
        // Interactive: a filter change made as soon as the app had the page, answered on screen.
        interactive: (() => {
          const answered = performance.getEntriesByName('filter-render')[0];
          return answered ? answered.startTime + answered.duration : NaN;
        })(),
      lcp: window.__bench.lcp,
      longTasks: window.__bench.longTasks.length,
      longTaskMs: window.__bench.longTasks.reduce((a, b) => a + b, 0),
      wasm: window.__bench.wasmMemory?.buffer.byteLength ?? null,
      };
    }, mark);
    const heap = await liveHeap(cdp);
    return { ...figures, heap, bytes, external };
  } finally {
    await context.close();
  }
}
