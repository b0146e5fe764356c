// Every screen the dashboard is shown on: phones (360 and 390 px wide), a 4:3 projector, the
// common laptop and projector widths and full HD, in the light and the dark theme; the story on
// each projector size, in the light and the projector theme; the embedded view from 320 to 800 px.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { axeViolations } from '../lib/axe.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { startServer } from '../lib/server.mjs';
import {
  SCREENS, PROJECTORS, contextFor, evidenceTop, sidewaysScroll, smallTargets,
  overlap, storyLayout, settled, touchDrag,
} from '../lib/screens.mjs';
import { DATASET, VIEWS, pageOf } from '../pages/dashboard.mjs';

const STORY = DATASET.story;

describe('every view on every screen', () => {
  const s = dashboardSuite();

  for (const screen of SCREENS) {
    for (const theme of ['light', 'dark']) {
      const first = screen.phone ? `its upper ${Math.round(screen.first * 100)} %` : 'the first screen';
      it(`${screen.width}x${screen.height} ${theme}: each view's chart in ${first}, nothing covered, no sideways scroll${screen.phone ? ', targets of 44 px' : ''}`, async () => {
        const app = await s.newContext(contextFor(screen, theme));
        const page = app.page;
        const limit = screen.phone ? screen.height * screen.first : screen.height;
        for (const view of VIEWS) {
          await page.goto(s.server.url + pageOf(view));
          await settled(page);
          const start = await evidenceTop(page);
          assert.ok(start.top < limit, `${view}: the ${start.what} starts at ${Math.round(start.top)} px, not above ${limit} px`);
          const sideways = await sidewaysScroll(page);
          assert.equal(sideways.over, 0, `${view}: the page scrolls ${sideways.over} px sideways (${sideways.wide.join(', ')})`);
          for (const above of ['.app-header', '.view-nav', '.nav-row', '.filter-bar']) {
            for (const below of ['#view-title', '.view-main .chart', '.view-detail']) {
              assert.equal(await overlap(page, above, below), 0, `${view}: ${above} covers ${below}`);
            }
          }
          if (screen.phone) {
            assert.deepEqual(await smallTargets(page), [], `${view}: targets under 44 px`);
          }
        }
        assert.deepEqual(app.consoleErrors, []);
      });
    }
  }
});

describe('the phone header and filters', () => {
  const phone = SCREENS.find((x) => x.width === 390);
  const s = dashboardSuite({ contextOptions: contextFor(phone) });

  it('one menu holds search, Present, notes, theme and language; Escape closes it and returns focus', async () => {
    await s.app.open('matrix.html');
    const page = s.app.page;
    const menu = page.getByRole('button', { name: 'Menu' });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    for (const hidden of ['searchbox', 'Present', 'Notes']) {
      const el = hidden === 'searchbox' ? page.getByRole('searchbox') : page.getByRole('button', { name: hidden });
      assert.equal(await el.isVisible(), false, `${hidden} waits in the closed menu`);
    }
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    for (const shown of [page.getByRole('searchbox'), page.getByRole('button', { name: 'Present' }),
      page.getByRole('button', { name: /^Notes/ }), page.locator('select[name=theme]'),
      page.getByRole('button', { name: 'Bahasa Indonesia' })]) {
      assert.equal(await shown.isVisible(), true);
    }
    // The menu follows its button in the focus order.
    await menu.focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.type), 'search');
    assert.deepEqual(await axeViolations(page), []);
    // Escape in the search box clears it first; the next Escape closes the menu.
    await page.keyboard.type('daejeon');
    await page.keyboard.press('Escape');
    assert.equal(await page.getByRole('searchbox').inputValue(), '');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page.keyboard.press('Escape');
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('menu-toggle')), true);
    // A search result chosen from the menu closes it and opens the record.
    await menu.click();
    await page.getByRole('searchbox').fill('timra');
    await page.locator('.search-results button[data-item="timra"]').click();
    await s.app.detail.waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the filters open from one button that counts them; Escape closes the panel', async () => {
    await s.app.open('timeline.html?partner=daejeon&from=2015');
    const page = s.app.page;
    const button = page.locator('.filter-toggle');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.match(await button.evaluate((b) => b.textContent.replace(/\s+/g, ' ').trim()), /^Filters 2 active$/);
    assert.equal(await page.locator('select[name=partner]').isVisible(), false);
    await button.click();
    assert.equal(await page.locator('select[name=partner]').isVisible(), true);
    assert.equal(await page.locator('select[name=partner]').inputValue(), 'daejeon');
    assert.deepEqual(await axeViolations(page), []);
    await page.selectOption('select[name=type]', 'mou');
    await page.waitForFunction(() => document.querySelector('.filter-toggle .count')?.textContent === '3');
    await page.locator('select[name=type]').focus();
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('filter-toggle')), true);
    await page.getByRole('button', { name: 'Filters 3 active' }).click();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => !document.querySelector('.filter-toggle .count'));
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the row of views shows the current view\'s link whole, opened there or switched to, on 360 px too', async () => {
    /**
     * Whether the current link is in the row's visible part: whole, or from its start when it
     * is wider than the row (a long name on a narrow phone); and the page not scrolled sideways.
     */
    const shown = () => s.app.page.waitForFunction(() => {
      const nav = document.querySelector('#app nav.view-nav');
      const link = nav?.querySelector('a[aria-current="page"]')?.getBoundingClientRect();
      const row = nav?.getBoundingClientRect();
      return link && Math.round(link.left) >= Math.round(row.left)
        && (link.width > row.width || Math.round(link.right) <= Math.round(row.right)) && window.scrollX === 0;
    }, null, { timeout: 5000 });
    for (const width of [390, 360]) {
      await s.app.page.setViewportSize({ width, height: 740 });
      await s.app.open(pageOf('evidence'));
      await shown();
      assert.ok(await s.app.page.evaluate(() => document.querySelector('#app nav.view-nav').scrollLeft > 0),
        `${width} px: the row of views is wider than the screen (else this test shows nothing)`);
      // Back to the first view from the row: the row follows.
      await s.app.page.locator('#app nav.view-nav a').first().click();
      await s.app.page.waitForFunction(() => document.querySelector('#app nav.view-nav a[aria-current="page"]')?.getAttribute('href') === 'index.html');
      await shown();
      // Narrowed with the last view open: the row follows again.
      await s.app.page.locator('#app nav.view-nav a').last().click();
      await shown();
      await s.app.page.setViewportSize({ width: width - 40, height: 740 });
      await shown();
    }
  });

  it('a phone turned sideways redraws the chart for its new width, and back', async () => {
    // The challenges' legend scrolls in one row on a phone, above the bars; on a wider screen
    // every partner is listed (ChartSpec::for_narrow, public/app.css's 40rem).
    await s.app.open('challenges.html');
    await s.app.chartDrawn();
    const page = s.app.page;
    const legendType = () => page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().legend[0].type);
    assert.equal(await legendType(), 'scroll');
    await page.setViewportSize({ width: phone.height, height: phone.width });
    await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().legend[0].type === 'plain');
    await page.setViewportSize({ width: phone.width, height: phone.height });
    await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().legend[0].type === 'scroll');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a finger dragged over the timeline or the map scrolls the page and leaves the chart as it was', async () => {
    // What the chart shows of the world: the timeline's window, the map's centre and zoom.
    const shows = (page) => page.evaluate(() => {
      const o = window.echarts.getInstanceByDom(document.querySelector('.view-main .chart')).getOption();
      return JSON.stringify(o.geo ? [o.geo[0].center, o.geo[0].zoom] : o.dataZoom.map((z) => [z.start, z.end]));
    });
    for (const view of ['timeline', 'overview']) {
      await s.app.open(pageOf(view));
      await settled(s.app.page);
      const page = s.app.page;
      const before = await shows(page);
      const box = await page.locator('.view-main .chart').boundingBox();
      // Up and a little sideways, as a thumb scrolls, across the chart's middle (clear of the
      // timeline's slider at its foot).
      await touchDrag(page, Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2), 200, 40);
      try {
        await page.waitForFunction(() => window.scrollY > 100, null, { timeout: 5000 });
      } catch {
        assert.fail(`${view}: the page stayed at ${await page.evaluate(() => window.scrollY)} px under the finger`);
      }
      assert.equal(await shows(page), before, `${view}: the drag moved the chart`);
    }
    assert.deepEqual(s.app.consoleErrors, []);
  });
});

describe('the story on a projector', () => {
  const s = dashboardSuite();

  for (const screen of PROJECTORS) {
    for (const theme of ['light', 'projector']) {
      it(`${screen.width}x${screen.height} ${theme}: every step's chart clear of the story bar, its quote large and whole`, async () => {
        const app = await s.newContext(contextFor(screen));
        const page = app.page;
        await app.open(`?step=${STORY[0].id}`);
        if (theme === 'projector') {
          await page.locator('.story-projector').click();
          await page.waitForFunction(() => document.documentElement.dataset.theme === 'projector');
        }
        for (const [i, step] of STORY.entries()) {
          if (i > 0) await page.keyboard.press('ArrowRight');
          await page.waitForFunction((id) => document.querySelector('.story-bar')?.dataset.step === id
            && document.querySelector('.view-detail .detail')?.dataset.item, step.id);
          await settled(page);
          const l = await storyLayout(page);
          const where = `step ${i + 1} (${step.view})`;
          assert.equal(l.scrolls, false, `${where}: the page scrolls`);
          assert.ok(l.bar.bottom <= l.viewport.height + 1 && l.bar.height < l.viewport.height / 3,
            `${where}: the story bar is ${Math.round(l.bar.height)} px high`);
          if (l.chart) {
            assert.ok(l.chart.bottom <= l.bar.top, `${where}: the chart reaches ${Math.round(l.chart.bottom)}, the bar starts at ${Math.round(l.bar.top)}`);
            assert.ok(l.chart.top >= 0, `${where}: the chart starts above the screen`);
            assert.ok(l.chart.height >= l.viewport.height * 0.4, `${where}: the chart is ${Math.round(l.chart.height)} px high`);
          }
          assert.ok(l.panel.bottom <= l.bar.top, `${where}: the story bar covers the detail panel`);
          assert.ok(l.quoteSize >= 20, `${where}: the quote is set at ${l.quoteSize} px`);
          assert.ok(l.quote.top >= l.panel.top && l.quote.bottom <= l.panel.bottom, `${where}: the quote is cut by its panel`);
          assert.equal(l.quoteCut, false, `${where}: the quote is wider than its box`);
        }
        if (theme === 'projector' && screen.width === 1366) assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(app.consoleErrors, []);
      });
    }
  }
});

describe('the embedded view from 320 to 800 px', () => {
  const s = dashboardSuite();
  let host;
  const dir = mkdtempSync(join(tmpdir(), 'pd-screens-'));
  before(async () => { host = await startServer({ root: dir, host: '127.0.0.2' }); });
  after(async () => { await host?.close(); });

  for (const width of [320, 390, 800]) {
    for (const theme of ['light', 'dark']) {
      it(`${width} px ${theme}: the frame as high as its content, no scrollbar inside it`, async () => {
        // The host page frames the address in its query, at the width of this test.
        writeFileSync(join(dir, `host-${width}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>University</title>
<style>body{margin:0}iframe{display:block;border:0;width:${width}px;height:300px}</style></head><body>
<iframe id="dash" title="Paradiplomacy dashboard"></iframe>
<script>
  window.heights = [];
  addEventListener('message', (e) => {
    if (e.data && e.data.type === 'paradiplomacy-dashboard:height' && Number.isInteger(e.data.height)) {
      window.heights.push(e.data.height);
      document.getElementById('dash').style.height = e.data.height + 'px';
    }
  });
  document.getElementById('dash').src = new URLSearchParams(location.search).get('src');
</script></body></html>`);
        const app = await s.newContext({ viewport: { width: 1000, height: 800 }, colorScheme: theme });
        const page = app.page;
        for (const view of VIEWS) {
          const src = `${s.server.url}${pageOf(view)}?embed=1`;
          const framed = page.waitForEvent('framenavigated', { predicate: (f) => f !== page.mainFrame() && f.url() === src });
          await page.goto(`${host.url}host-${width}.html?src=${encodeURIComponent(src)}`);
          const frame = await framed;
          await frame.waitForSelector('html[data-app-ready]');
          await frame.waitForFunction(() => !document.getElementById('baked'));
          await settled(frame);
          // The last height posted is the frame's content's height, and the frame is that high.
          await page.waitForFunction(() => window.heights.length > 0
            && Math.abs(document.getElementById('dash').getBoundingClientRect().height - window.heights.at(-1)) <= 1);
          await frame.waitForFunction(() => {
            const h = Math.ceil(document.documentElement.getBoundingClientRect().height);
            return window.innerHeight >= h - 1;
          });
          const inside = await frame.evaluate(() => ({
            theme: document.documentElement.dataset.theme,
            pageDown: document.documentElement.scrollHeight - window.innerHeight,
            pageSideways: document.documentElement.scrollWidth - window.innerWidth,
            boxes: [...document.body.querySelectorAll('*')].filter((el) => {
              const s = getComputedStyle(el);
              return ((s.overflowY === 'auto' || s.overflowY === 'scroll') && el.scrollHeight > el.clientHeight + 1)
                || ((s.overflowX === 'auto' || s.overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1 && !el.matches('.table-scroll'));
            }).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
          }));
          assert.equal(inside.theme, theme, `${view}: the frame follows the system's ${theme} theme`);
          assert.ok(inside.pageDown <= 1, `${view}: the frame's page scrolls ${inside.pageDown} px down`);
          assert.equal(inside.pageSideways, 0, `${view}: the frame's page scrolls sideways`);
          assert.deepEqual(inside.boxes, [], `${view}: boxes scrolling inside the frame`);
        }
        assert.deepEqual(app.consoleErrors, []);
      });
    }
  }
});
