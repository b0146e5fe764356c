// The design's promises a reader notices: the overview opens, on a 1366 x 768 screen, with the
// headline finding, the key figures and the partner map; a partner has one colour in every chart
// and table; every chart has a one-line takeaway above it, from the dataset's findings (none
// when the dataset names none).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { dashboardSuite } from '../lib/suite.mjs';
import { contextFor, settled } from '../lib/screens.mjs';
import { DATASET, VIEWS, pageOf } from '../pages/dashboard.mjs';

const FIXTURE_PATH = new URL('../../tests/fixtures/minimal.json', import.meta.url).pathname;
const LAPTOP = { width: 1366, height: 768 };
/** The finding whose title is the takeaway of `view`, if any. */
const takeawayOf = (view) => DATASET.findings.find((f) => (f.takeaway_for ?? []).includes(view));
/** How much of the map must show on the first screen, in CSS pixels. */
const MAP_SHOWN = 120;

/** Where `selector`'s first element is on the page, top and bottom in CSS pixels. */
const box = (page, selector) => page.locator(selector).first().evaluate((el) => {
  const r = el.getBoundingClientRect();
  return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
});

describe('the overview on a 1366 x 768 screen', () => {
  const s = dashboardSuite();
  for (const theme of ['light', 'dark']) {
    it(`${theme}: the headline finding, the key figures and the partner map are on the first screen`, async () => {
      const app = await s.newContext(contextFor(LAPTOP, theme));
      await app.page.goto(s.server.url + pageOf('overview'));
      await settled(app.page);
      const headline = takeawayOf('overview');
      assert.ok(headline?.headline, 'the overview\'s takeaway is a headline finding of the dataset');
      const takeaway = app.page.locator('.view-main .takeaway');
      assert.equal(await takeaway.locator('.takeaway-text').evaluate((el) => el.firstChild.textContent), headline.title.en);
      const finding = await box(app.page, '.view-main .takeaway');
      const figures = await box(app.page, '.view-main .overview-figures');
      const map = await box(app.page, '.view-main .chart');
      assert.ok(finding.bottom <= LAPTOP.height, `the headline finding ends at ${finding.bottom} px`);
      assert.ok(figures.bottom <= LAPTOP.height, `the key figures end at ${figures.bottom} px`);
      assert.ok(map.top <= LAPTOP.height - MAP_SHOWN, `the map starts at ${map.top} px: less than ${MAP_SHOWN} px of it shows`);
      assert.ok(finding.bottom <= figures.top && figures.bottom <= map.top, 'finding, figures, map, in that order');
      const shown = await app.page.locator('.figures .figure dd').allInnerTexts();
      assert.equal(shown.length, 7);
      assert.ok(shown.every((v) => /^\d+$/.test(v)), shown.join());
      assert.deepEqual(app.consoleErrors, []);
    });
  }
});

/** The colour ECharts draws the series or node named `name` in, on the page's chart. */
const chartColour = (page, name) => page.evaluate((name) => {
  const option = window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption();
  for (const series of option.series) {
    if (series.name === name) return series.itemStyle?.color;
    const node = (series.type === 'sankey' ? series.data : []).find((n) => n.name === name);
    if (node) return node.itemStyle?.color;
  }
  return undefined;
}, name);

/** The computed colour of the square beside `partner`'s name in the page's table. */
const swatchColour = (page, partner) => page.locator(`.data-table [data-partner="${partner}"] .partner-swatch`).first()
  .evaluate((el) => getComputedStyle(el).backgroundColor);

/** `#rrggbb` as the browser writes a computed colour. */
const rgb = (hex) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};

describe('one colour per partner', () => {
  const s = dashboardSuite();

  it('Banyumas has the same colour in the challenges\' bars, the learning flows and every table, under a filter too', async () => {
    const name = DATASET.actors.find((a) => a.id === 'banyumas').name.en;
    const seen = [];
    for (const address of ['challenges.html', 'learning.html', 'learning.html?partner=banyumas', 'challenges.html?partner=banyumas']) {
      await s.app.open(address);
      await s.app.chartDrawn();
      const drawn = await chartColour(s.app.page, name);
      assert.ok(drawn, `${address}: no mark named ${name}`);
      const square = await swatchColour(s.app.page, 'banyumas');
      assert.equal(square, rgb(drawn), `${address}: the table's square and the chart differ`);
      seen.push(drawn.toLowerCase());
    }
    assert.equal(new Set(seen).size, 1, `Banyumas's colours: ${seen.join(', ')}`);
    // Another partner has another colour.
    await s.app.open('learning.html');
    await s.app.chartDrawn();
    const daejeon = await chartColour(s.app.page, DATASET.actors.find((a) => a.id === 'daejeon').name.en);
    assert.notEqual(daejeon.toLowerCase(), seen[0]);
    // The square is decoration: the name is read, the square is not.
    const hidden = await s.app.page.locator('.data-table .partner-swatch').first().getAttribute('aria-hidden');
    assert.equal(hidden, 'true');
    assert.deepEqual(s.app.consoleErrors, []);
  });
});

describe('a takeaway above every chart, from the dataset', () => {
  const s = dashboardSuite();

  it('each view with a chart says its finding\'s title above the chart, in English and Indonesian, and opens its passages', async () => {
    for (const lang of ['en', 'id']) {
      for (const view of VIEWS) {
        await s.app.open(pageOf(view) + (lang === 'id' ? '?lang=id' : ''));
        const finding = takeawayOf(view);
        const line = s.app.page.locator('.view-main .takeaway');
        if (!finding) {
          assert.equal(await line.count(), 0, `${view}: a takeaway no finding names`);
          continue;
        }
        assert.equal(await line.locator('.takeaway-text').evaluate((el) => el.firstChild.textContent), finding.title[lang], `${view} (${lang})`);
        // Its button is named by the title, then "show source" in the reader's language.
        assert.match(await line.locator('button').getAttribute('class'), /takeaway-text/);
        const chart = await box(s.app.page, '.view-main .chart-frame, .view-main .chart');
        const above = await box(s.app.page, '.view-main .takeaway');
        assert.ok(above.bottom <= chart.top, `${view}: the takeaway is not above the chart`);
      }
    }
    await s.app.open(pageOf('challenges'));
    await s.app.page.locator('.takeaway-text').click();
    await s.app.detail.waitFor();
    assert.equal(await s.app.page.locator('.view-detail .detail h2').first().innerText(), takeawayOf('challenges').title.en);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a dataset that names no takeaway shows none, and no placeholder', async () => {
    await s.app.open(pageOf('timeline'));
    await s.app.page.locator('.dataset input[type=file]').setInputFiles(FIXTURE_PATH);
    await s.app.page.waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('Minimal test dataset'));
    for (const view of VIEWS) {
      await s.app.page.locator(`.view-nav a[href^="${pageOf(view)}"]`).click();
      await s.app.page.waitForSelector(`.view-${view}`);
      assert.equal(await s.app.page.locator('.takeaway').count(), 0, `${view}: a takeaway the dataset does not give`);
    }
    assert.ok(await s.app.page.locator('.view-nav a').count() >= VIEWS.length);
    assert.deepEqual(s.app.consoleErrors, []);
  });
});
