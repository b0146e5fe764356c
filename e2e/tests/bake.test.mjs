// The baked pages (tools/postbuild/bake.mjs, public/baked.js): every view is on screen from its
// HTML, before the app's WebAssembly has arrived; what it shows is what the app shows; the app
// then takes the page over with nothing moved and nothing the reader did lost.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { recordCspViolations } from '../lib/csp.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { VIEWS, pageOf } from '../pages/dashboard.mjs';

const LANG_KEY = 'paradiplomacy-dashboard/v1/lang'; // src/storage.rs NAMESPACE + the key
const THEME_KEY = 'paradiplomacy-dashboard/v1/theme';

/** Holds back the app's WebAssembly: the page is what its HTML alone shows until `release()`. */
async function holdTheApp(page) {
  let release;
  const gate = new Promise((done) => { release = done; });
  await page.route('**/*.wasm', async (route) => {
    await gate;
    // A test may end as it lets the app go: a request of a page already closed is nobody's.
    await route.continue().catch((e) => { if (!page.isClosed()) throw e; });
  });
  return release;
}

/** Counts layout shifts from the start of the page (what CLS adds up). */
async function recordShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** What a reader reads under `root`, region by region. */
function readable(page, root) {
  return page.evaluate((sel) => {
    const top = document.querySelector(sel);
    const text = (q) => [...top.querySelectorAll(q)].map((e) => e.innerText.replace(/\s+/g, ' ').trim());
    return {
      header: text('.app-header, .embed-bar'),
      nav: text('nav.view-nav a'),
      links: [...top.querySelectorAll('nav.view-nav a')].map((a) => a.getAttribute('href')),
      filters: text('.filter-bar label, .filter-bar button'),
      heading: text('main h1'),
      main: text('main'),
      tables: text('main table'),
      charts: top.querySelectorAll('main .chart').length,
      footer: text('.app-footer'),
    };
  }, root);
}

const handedOver = (page) => page.waitForFunction(() => document.documentElement.dataset.baked === 'handed-over');

describe('baked pages', () => {
  const s = dashboardSuite();

  it('every view is on screen before the app starts, and reads exactly as the app then does', async () => {
    for (const [lang, locale] of [['en', 'en-US'], ['id', 'id-ID']]) {
      for (const view of VIEWS) {
        const app = await s.newContext({ locale });
        const release = await holdTheApp(app.page);
        await app.page.goto(`${s.server.url}${pageOf(view)}`);
        await app.page.locator('#baked main h1').waitFor();
        const where = `${view} in ${lang}`;
        assert.equal(await app.page.evaluate(() => document.documentElement.hasAttribute('data-app-ready')), false, where);
        assert.equal(await app.page.evaluate(() => document.documentElement.lang), lang, where);
        // Painted from the HTML: the first contentful paint happened with the app still held.
        await app.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
        const baked = await readable(app.page, '#baked');
        // Each chart's picture is there and drawn.
        const pictures = await app.page.$$eval('#baked .chart img.baked-chart', (imgs) =>
          Promise.all(imgs.map((img) => img.decode().then(() => img.naturalWidth, () => 0))));
        assert.equal(pictures.length, baked.charts, `${where}: one picture per chart`);
        assert.ok(pictures.every((w) => w > 0), `${where}: every chart picture loads`);

        release();
        await handedOver(app.page);
        const live = await readable(app.page, '#app');
        assert.deepEqual(baked, live, `${where}: the baked page and the app differ`);
        assert.ok(live.heading.length === 1 && live.main[0].length > 100, `${where}: the view has its heading and text`);
      }
    }
  });

  it('a <main> the full and embedded variants share is written once per language, and both show it', async () => {
    const evidence = pageOf('evidence');
    const html = await (await fetch(`${s.server.url}${evidence}`)).text();
    assert.equal((html.match(/<template data-bake="/g) ?? []).length, 4, 'four variants');
    assert.equal((html.match(/<main\b/g) ?? []).length, 2, 'the evidence list once per language');
    for (const address of [evidence, `${evidence}?embed=1`]) {
      const app = await s.newContext({ locale: 'id-ID' });
      const release = await holdTheApp(app.page);
      await app.page.goto(`${s.server.url}${address}`);
      await app.page.locator('#baked main h1').waitFor();
      const baked = await readable(app.page, '#baked');
      release();
      await handedOver(app.page);
      const live = await readable(app.page, '#app');
      assert.deepEqual(baked, live, `${address}: the baked page and the app differ`);
      assert.ok(live.main[0].length > 1000, `${address}: the list is there`);
    }
  });

  it('the app takes over with nothing moved, keeping focus, typed text and the buttons pressed meanwhile', async () => {
    const app = s.app;
    await recordShifts(app.page);
    const release = await holdTheApp(app.page);
    await app.page.goto(`${s.server.url}timeline.html`);
    const search = app.page.locator('#baked input[type="search"]');
    await search.fill('Daejeon');
    await app.page.locator('#baked .lane-toggle button', { hasText: /^sector$/i }).click();
    await search.focus();
    const scrolledTo = await app.page.evaluate(() => { window.scrollTo(0, 120); return window.scrollY; });
    release();
    await handedOver(app.page);
    await app.ready();
    // The press of "sector" reached the app: the lanes follow sectors, in the URL too.
    await app.page.waitForFunction(() => new URLSearchParams(location.search).get('lanes') === 'sector');
    assert.equal(await app.page.locator('.lane-toggle button', { hasText: /^sector$/i }).getAttribute('aria-pressed'), 'true');
    // The text typed and the focus carried over to the app's own field.
    assert.equal(await app.page.locator('input[type="search"]').inputValue(), 'Daejeon');
    assert.equal(await app.page.evaluate(() => document.activeElement?.matches('#app input[type="search"]')), true);
    assert.equal(await app.page.evaluate(() => window.scrollY), scrolledTo);
    const shifts = await app.page.evaluate(() => window.__shifts);
    assert.deepEqual(shifts, [], 'no layout shift from the first paint to the app');
  });

  it('the largest paint the browser records is the baked page\'s, its chart picture where it has one, on a slow device too', async () => {
    // What Lighthouse and the browser's field data take for the page's main paint: the picture,
    // shown from the HTML, not the app's copy of the page shown at the hand-over (which would
    // date the page's largest paint seconds later on a phone).
    // On the overview at 1366 x 768 the map is mostly below the fold, and a block of text may be
    // larger: whatever it is, it is the baked page's.
    const cases = [['timeline.html', 1366, 768, true], ['timeline.html', 390, 844, true], ['index.html', 1366, 768, false]];
    for (const [page, width, height, picture] of cases) {
      const context = await s.browser.newContext({ viewport: { width, height } });
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.addInitScript(() => {
        window.__lcp = [];
        new PerformanceObserver((list) => window.__lcp.push(...list.getEntries()))
          .observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await tab.goto(`${s.server.url}${page}`);
      await tab.waitForFunction(() => document.documentElement.dataset.baked === 'handed-over', null, { timeout: 30000 });
      await tab.waitForTimeout(300);
      const { last, handedOver } = await tab.evaluate(() => {
        const e = window.__lcp[window.__lcp.length - 1];
        return {
          last: e ? { url: e.url, startTime: e.startTime, size: e.size } : null,
          handedOver: performance.getEntriesByName('baked-handed-over')[0]?.startTime,
        };
      });
      const at = `${page} at ${width} x ${height}`;
      assert.ok(last, `${at}: a largest paint is recorded`);
      assert.ok(last.startTime < handedOver, `${at}: the largest paint is the baked page's, not the app's: ${JSON.stringify(last)}, handed over at ${handedOver}`);
      if (picture) assert.match(last.url, /\/bake\/[0-9a-f]+\.svg$/, `${at}: the largest paint is the chart picture`);
      await context.close();
    }
  });

  it('the reader\'s language, theme and embedding are on screen from the first paint', async () => {
    // A stored choice of Indonesian and the dark theme.
    let app = await s.newContext({ locale: 'en-US', colorScheme: 'light' });
    await app.page.addInitScript(([l, t]) => {
      localStorage.setItem(l, JSON.stringify('id'));
      localStorage.setItem(t, JSON.stringify('dark'));
    }, [LANG_KEY, THEME_KEY]);
    let release = await holdTheApp(app.page);
    await app.page.goto(`${s.server.url}matrix.html`);
    await app.page.locator('#baked main h1').waitFor();
    assert.deepEqual(await app.page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme, document.documentElement.dataset.baked]), ['id', 'dark', 'id']);
    assert.equal(await app.page.locator('#baked img.baked-chart[data-theme="dark"]').count(), 1);
    assert.equal(await app.page.locator('#baked img.baked-chart[data-theme="light"]').count(), 0);
    assert.equal(await app.page.locator('#baked nav.view-nav a[aria-current="page"]').innerText(), 'Matriks sektor');
    release();
    await handedOver(app.page);

    // Embedded: the slim bar, not the header.
    app = await s.newContext();
    release = await holdTheApp(app.page);
    await app.page.goto(`${s.server.url}timeline.html?embed=1`);
    await app.page.locator('#baked .embed-bar').waitFor();
    assert.equal(await app.page.locator('#baked .app-header').count(), 0);
    assert.equal(await app.page.evaluate(() => document.documentElement.hasAttribute('data-embed')), true);
    release();
    await handedOver(app.page);

    // What the bake does not hold (the projector theme, filters, an item) is left to the app.
    for (const [address, stored] of [['timeline.html', 'projector'], ['timeline.html?partner=daejeon', null], ['timeline.html?item=ev-2016-mou', null]]) {
      app = await s.newContext();
      if (stored) await app.page.addInitScript(([t, v]) => localStorage.setItem(t, JSON.stringify(v)), [THEME_KEY, stored]);
      await app.page.goto(`${s.server.url}${address}`);
      await app.ready();
      assert.equal(await app.page.evaluate(() => document.documentElement.dataset.baked ?? null), null, address);
      assert.equal(await app.page.locator('main h1').count(), 1, address);
    }
  });

  it('older links of the form ?view= open the view\'s own page, baked when they ask for nothing more', async () => {
    const app = s.app;
    await app.page.goto(`${s.server.url}index.html?view=matrix&lang=id`);
    await app.ready();
    assert.equal(new URL(app.page.url()).pathname, '/matrix.html');
    assert.equal(new URL(app.page.url()).search, '?lang=id');
    assert.equal(await app.page.evaluate(() => document.documentElement.dataset.baked), 'handed-over');

    await app.page.goto(`${s.server.url}?view=timeline&partner=daejeon`);
    await app.ready();
    assert.equal(new URL(app.page.url()).pathname, '/timeline.html');
    assert.equal(new URL(app.page.url()).search, '?partner=daejeon');
    assert.equal(await app.page.locator('.filter-bar select').first().inputValue(), 'daejeon');
  });

  it('a link in the baked page opens that view\'s baked page, with no violation of the policy', async () => {
    const violations = await recordCspViolations(s.context);
    const app = s.app;
    await holdTheApp(app.page);
    await app.page.goto(`${s.server.url}index.html`);
    await app.page.locator('#baked nav.view-nav a', { hasText: 'Sector matrix' }).click();
    await app.page.waitForURL(/\/matrix\.html$/);
    await app.page.locator('#baked main h1').waitFor();
    assert.equal(await app.page.locator('#baked nav.view-nav a[aria-current="page"]').innerText(), 'Sector matrix');
    for (const view of VIEWS) {
      await app.page.goto(`${s.server.url}${pageOf(view)}`);
      await app.page.locator('#baked main h1').waitFor();
    }
    assert.deepEqual(violations, []);
  });
});
