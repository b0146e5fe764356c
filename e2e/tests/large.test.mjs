// A legal file far wider than the paper's: the bundled dataset with 5,000 more partners
// (tools/synth.mjs). It opens on every view without drawing what nobody can read: the matrix
// shows its most cited partners and offers more, long tables show a page of rows and offer
// the next, and any partner stays one filter choice away. The timeline of twenty times the paper's
// events draws its most cited lanes, or its partners grouped. (How long opening takes is measured
// by e2e/bench/large.mjs, not asserted here.)
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dashboardSuite } from '../lib/suite.mjs';
import { DATASET, pageOf } from '../pages/dashboard.mjs';
import { synthesise, withPartners } from '../../tools/synth.mjs';

const EXTRA = 5000;
const TOP = 40; // src/model/cut.rs, PARTNERS_SHOWN: the map's partners
const LANES = 20; // src/charts/timeline.rs, READABLE_LANES: the timeline's, as many as a screen shows
const COLUMNS = 20; // src/views/mod.rs, first_shown: the matrix's, as many as its cells are labelled in
const PAGE = 100; // src/components/more_rows.rs, PAGE_ROWS

describe('a dataset with 5,000 more partners', () => {
  const s = dashboardSuite();
  const wide = withPartners(DATASET, EXTRA);
  const partners = new Set(wide.relationships.map((r) => r.partner)).size;
  let file;
  before(() => {
    file = join(mkdtempSync(join(tmpdir(), 'pd-large-')), 'wide.json');
    writeFileSync(file, JSON.stringify(wide));
  });

  /** Opens the wide file from the footer and waits until the view shows it. */
  async function openWide(view) {
    await s.app.open(pageOf(view));
    await s.app.page.locator('.dataset input[type=file]').setInputFiles(file);
    await s.app.page.waitForFunction((title) => document.querySelector('#dataset-showing')?.innerText.includes(title), wide.title.en, { timeout: 60000 });
  }

  it('the matrix shows its most cited partners, says how many of how many, and shows more on request', async () => {
    await openWide('matrix');
    const status = s.app.page.locator('.top-partners');
    await status.waitFor();
    assert.match(await status.innerText(), new RegExp(`${COLUMNS} / ${partners}`));
    const columns = s.app.page.locator('table.matrix-table thead th');
    await s.app.page.waitForFunction((n) => document.querySelectorAll('table.matrix-table thead th').length === n, COLUMNS + 1);
    // The chart draws the same partners as the table.
    const chart = () => s.app.page.evaluate(() => {
      const o = window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption();
      return { columns: o.xAxis[0].data.length, labelled: o.series[0].label.show };
    });
    // As many as its cells are labelled in: past them the chart is colours alone.
    assert.deepEqual(await chart(), { columns: COLUMNS, labelled: true });
    // Daejeon, the paper's partner with the most passages, is among them.
    assert.ok((await columns.allInnerTexts()).includes('Daejeon'));

    const more = status.locator('button.show-more-partners');
    await more.click();
    await s.app.page.waitForFunction((n) => document.querySelectorAll('table.matrix-table thead th').length === n, 2 * COLUMNS + 1);
    assert.match(await status.innerText(), new RegExp(`${2 * COLUMNS} / ${partners}`));
    await s.app.page.waitForFunction((n) => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().xAxis[0].data.length === n, 2 * COLUMNS);
    assert.deepEqual(await chart(), { columns: 2 * COLUMNS, labelled: false });
    // The line stays as its figures change: the button keeps the focus, for the next press.
    assert.ok(await more.evaluate((b) => b === document.activeElement), 'the focus stays on "Show more partners"');

    // Any partner is one filter choice away, even one not among those shown.
    await s.app.page.selectOption('select[name=partner]', `partner-s${EXTRA}`);
    await s.app.page.waitForFunction(() => document.querySelectorAll('table.matrix-table thead th').length === 2);
    assert.equal(await columns.nth(1).innerText(), `Partner city ${EXTRA}`);
    assert.equal(await status.count(), 0);
    assert.equal(await s.app.fatal.isVisible(), false);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the overview\'s partner table shows a page of rows, says so, and adds the next page', async () => {
    await openWide('overview');
    await s.app.page.waitForFunction((n) => document.querySelectorAll('table.data-table tbody tr').length === n, PAGE);
    const more = s.app.page.locator('.more-rows');
    assert.match(await more.innerText(), new RegExp(`${PAGE} / ${partners}`));
    await more.locator('button.show-more-rows').click();
    await s.app.page.waitForFunction((n) => document.querySelectorAll('table.data-table tbody tr').length === n, 2 * PAGE);
    assert.match(await more.innerText(), new RegExp(`${2 * PAGE} / ${partners}`));
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the overview\'s map draws its most cited partners, says how many of how many, and draws more on request', async () => {
    await openWide('overview');
    // The markers of the partners (the first series is the focal city's pin).
    const markers = () => s.app.page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))
      .getOption().series.slice(1).reduce((n, series) => n + series.data.length, 0));
    const status = s.app.page.locator('.top-partners');
    await status.waitFor();
    assert.match(await status.innerText(), new RegExp(`^Partners on the map, those with the most cited passages \\(the table lists every partner\\): ${TOP} / ${partners}`));
    await s.app.page.waitForFunction(() => window.echarts?.getInstanceByDom(document.querySelector('.chart')));
    assert.ok((await markers()) <= TOP, `${await markers()} markers`);
    // Daejeon, the paper's partner with the most passages, is on the map.
    const names = () => s.app.page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))
      .getOption().series.slice(1).flatMap((series) => series.data.map((d) => d.name)));
    assert.ok((await names()).includes('Daejeon'));
    const more = status.locator('button.show-more-partners');
    await more.click();
    await s.app.page.waitForFunction((n) => document.querySelector('.top-partners')?.innerText.includes(`${n} / `), 2 * TOP);
    // (This file's added partners have no place of their own: they are in the table only.)
    assert.ok((await markers()) <= 2 * TOP, `${await markers()} markers`);
    assert.ok(await more.evaluate((b) => b === document.activeElement), 'the focus stays on "Show more partners"');
    // The table lists every partner, a page at a time.
    assert.match(await s.app.page.locator('.more-rows').innerText(), new RegExp(`${PAGE} / ${partners}`));
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a file chosen while a large one is still opening is what stays: the large one is dropped', async () => {
    await s.app.open('matrix.html');
    // Both chosen in one go, as a reader who picks again at once: the wide file is still being
    // read and checked when the broken one comes.
    await s.app.page.evaluate((wideText) => {
      const input = document.querySelector('.dataset input[type=file]');
      for (const file of [new File([wideText], 'wide.json'), new File(['{"schema_version": 1, "id": '], 'bad.json')]) {
        const chosen = new DataTransfer();
        chosen.items.add(file);
        input.files = chosen.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
      }
    }, JSON.stringify(wide));
    await s.app.page.locator('.dataset .problems').waitFor();
    await s.app.page.waitForTimeout(3000);
    assert.match(await s.app.page.locator('#dataset-showing').innerText(), /bundled dataset/);
    assert.equal(await s.app.page.locator('.dataset .problems').count(), 1);
    assert.match(await s.app.page.locator('.dataset .problems').innerText(), /bad\.json/);
    assert.equal(await s.app.page.locator('.top-partners').count(), 0);
  });

  it('the timeline of twenty times the events draws its most cited lanes and offers more; grouped, its lanes fit', async () => {
    const twentyfold = synthesise(DATASET, 20);
    const twentyFile = join(mkdtempSync(join(tmpdir(), 'pd-large-')), 'x20.json');
    writeFileSync(twentyFile, JSON.stringify(twentyfold));
    await s.app.open('timeline.html');
    await s.app.page.locator('.dataset input[type=file]').setInputFiles(twentyFile);
    await s.app.page.waitForFunction((title) => document.querySelector('#dataset-showing')?.innerText.includes(title), twentyfold.title.en, { timeout: 60000 });
    const lanes = () => s.app.page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data.length);
    const status = s.app.page.locator('.top-partners');
    await status.waitFor();
    const [, shown, all] = (await status.innerText()).match(/(\d+) \/ (\d+)/).map(Number);
    assert.equal(shown, LANES);
    assert.ok(all > 2 * LANES, `${all} lanes`);
    await s.app.page.waitForFunction((n) => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data.length === n, LANES);
    // Every lane is as high as a mark at least (18 px), on a projector's window 768 px high as
    // on any other: the chart grows with its lanes.
    const laneGap = () => s.app.page.evaluate(() => {
      const c = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      return Math.abs(c.convertToPixel({ yAxisIndex: 0 }, 1) - c.convertToPixel({ yAxisIndex: 0 }, 0));
    });
    await s.app.page.setViewportSize({ width: 1024, height: 768 });
    await s.app.page.waitForFunction(() => document.querySelector('.chart').clientHeight > 0);
    assert.ok(await laneGap() >= 18, `lanes ${await laneGap()} px apart`);
    // The table lists every event, drawn or not, a page at a time.
    await s.app.tableShows(PAGE);
    assert.match(await s.app.page.locator('.chart-table .more-rows').innerText(), new RegExp(`${PAGE} / ${twentyfold.events.length}`));
    // So does the list of undated events, with its own words.
    const undated = twentyfold.events.filter((e) => !e.date).length;
    assert.ok(undated > PAGE, `${undated} undated events`);
    const undatedList = s.app.page.locator('section.undated');
    assert.equal(await undatedList.locator('li').count(), PAGE);
    assert.match(await undatedList.locator('.more-rows').innerText(), new RegExp(`^Undated events listed: ${PAGE} / ${undated}`));
    // Asked for more until all are listed, the line stays with the way back, and the button
    // a keyboard reader pressed keeps the focus.
    const undatedMore = undatedList.locator('.more-rows button');
    for (let listed = PAGE; listed < undated;) {
      await undatedMore.click();
      listed = Math.min(listed + PAGE, undated);
      await s.app.page.waitForFunction((n) => document.querySelectorAll('section.undated li').length === n, listed);
    }
    assert.match(await undatedList.locator('.more-rows').innerText(), new RegExp(`${undated} / ${undated} Show fewer$`));
    assert.ok(await undatedMore.evaluate((b) => b === document.activeElement), 'the focus stays on the button');
    await undatedMore.click();
    await s.app.page.waitForFunction((n) => document.querySelectorAll('section.undated li').length === n, PAGE);
    assert.equal(await status.locator('button.show-more-partners').innerText(), 'Show more lanes');
    const moreLanes = status.locator('button.show-more-partners');
    // Each press draws another step of lanes, until every lane is drawn.
    for (let drawn = LANES; drawn < all;) {
      await moreLanes.click();
      drawn = Math.min(drawn + LANES, all);
      await s.app.page.waitForFunction((n) => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data.length === n, drawn);
    }
    // Every lane drawn: the line says so and offers the way back, on the same button.
    await s.app.page.waitForFunction((n) => document.querySelector('.top-partners')?.innerText.includes(`${n} / ${n}`), all);
    assert.equal(await moreLanes.innerText(), 'Show fewer');
    assert.ok(await moreLanes.evaluate((b) => b === document.activeElement), 'the focus stays on the button');
    await moreLanes.click();
    await s.app.page.waitForFunction((n) => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data.length === n, LANES);
    assert.equal(await moreLanes.innerText(), 'Show more lanes');
    // Grouped by country, the lanes are few enough to draw them all.
    await s.app.page.getByRole('group', { name: 'Lanes by', exact: true }).getByRole('button', { name: 'country', exact: true }).click();
    await s.app.addressBecomes('timeline', 'group=country');
    await status.waitFor({ state: 'detached' });
    assert.ok((await lanes()) < LANES);
    assert.equal(await s.app.fatal.isVisible(), false);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a thousand times the paper\'s ties (55 MB) open, page their table and answer a filter; the memory it takes is measured by make bench', async () => {
    const thousandfold = synthesise(DATASET, 1000);
    const text = JSON.stringify(thousandfold);
    assert.ok(text.length > 50 * 1024 * 1024, `${text.length} bytes: over the dashboard's earlier limit`);
    const big = join(mkdtempSync(join(tmpdir(), 'pd-large-')), 'x1000.json');
    writeFileSync(big, text);
    // Each copy of Daejeon has the events the paper's Daejeon has.
    await s.app.open('timeline.html?partner=daejeon');
    const rows = await s.app.tableRows.count();
    assert.ok(rows > 0);
    await s.app.open('timeline.html');
    await s.app.page.locator('.dataset input[type=file]').setInputFiles(big);
    await s.app.page.waitForFunction((title) => document.querySelector('#dataset-showing')?.innerText.includes(title), thousandfold.title.en, { timeout: 120000 });
    await s.app.tableShows(PAGE);
    assert.match(await s.app.page.locator('.chart-table .more-rows').innerText(), new RegExp(`${PAGE} / ${thousandfold.events.length}`));
    // Too large for the browser's storage: shown, and the reader is told it will not be remembered.
    assert.match(await s.app.page.locator('.dataset .notice').innerText(), /would not store it/);
    await s.app.page.selectOption('select[name=partner]', 'daejeon-s999');
    await s.app.addressBecomes('timeline', 'partner=daejeon-s999');
    await s.app.tableShows(rows);
    assert.equal(await s.app.fatal.isVisible(), false);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the bundled dataset\'s tables are shown whole, with no paging line', async () => {
    await s.app.open('index.html');
    await s.app.tableShows(new Set(DATASET.relationships.map((r) => r.partner)).size);
    assert.equal(await s.app.page.locator('.more-rows').count(), 0);
    await s.app.open('matrix.html');
    assert.equal(await s.app.page.locator('.top-partners').count(), 0);
  });
});
