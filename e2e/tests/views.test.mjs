// Every view end to end: it renders from the dataset, a filter changes it and the URL carries
// it through a reload, the detail shows a verbatim quote, the table alternative is there, axe
// finds no WCAG 2.1 AA violation, and the console stays clean.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations } from '../lib/axe.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { DATASET, fold, pageOf } from '../pages/dashboard.mjs';

const ALL_QUOTES = new Set();
(function walk(value) {
  if (Array.isArray(value)) value.forEach(walk);
  else if (value && typeof value === 'object') {
    if (typeof value.quote === 'string') ALL_QUOTES.add(fold(value.quote));
    Object.values(value).forEach(walk);
  }
})(DATASET);

const VIEWS = [
  { code: 'overview', title: 'Overview', chart: true, table: 'Partner table (map alternative)' },
  { code: 'timeline', title: 'Timeline', chart: true, table: 'Table of events (chart alternative)' },
  { code: 'matrix', title: 'Sector matrix', chart: true, table: 'Matrix table (chart alternative)' },
  { code: 'challenges', title: 'Challenges', chart: true, table: 'Table of challenges (chart alternative)' },
  { code: 'learning', title: 'Policy learning', chart: true, table: 'Table of policy adoptions (chart alternative)' },
  { code: 'evidence', title: 'Evidence and recommendations', chart: false, table: 'Recommendation' },
];

describe('views', () => {
  const s = dashboardSuite();

  for (const view of VIEWS) {
    it(`${view.code}: renders, filters through the URL, shows verbatim quotes, is accessible`, async () => {
      await s.app.open(pageOf(view.code));
      assert.equal(await s.app.page.locator('#view-title').innerText(), view.title);
      if (view.chart) {
        await s.app.chartDrawn();
        // The chart is named by the app, in the reader's language, not by ECharts' generated
        // English description of its data.
        const name = await s.app.chart.getAttribute('aria-label');
        assert.ok(name && !name.startsWith('This is a chart'), `chart name: ${name}`);
      }
      const caption = s.app.page.locator('table.data-table caption', { hasText: view.table });
      assert.equal(await caption.count(), 1, `table alternative "${view.table}"`);
      // What a filter changes: the rows, or (the matrix, whose rows are the sectors) the columns.
      const shape = () => s.app.page.locator(view.code === 'matrix' ? 'table.data-table thead th' : 'table.data-table tbody tr').count();
      const rowsBefore = await shape();
      assert.ok(rowsBefore > 0);

      // The detail of the first row carries the paper's own words.
      await s.app.page.locator('table.data-table tbody button.link').first().click();
      await s.app.detail.waitFor();
      const quotes = (await s.app.detailQuotes.allInnerTexts()).map((q) => fold(q.replace(/^Original quote \(Indonesian\):/, '')));
      assert.ok(quotes.length > 0, 'at least one quote');
      for (const q of quotes) assert.ok(ALL_QUOTES.has(q), `not a dataset quote: ${q}`);

      // A filter change updates the view and lands in the URL; a reload restores it.
      await s.app.page.selectOption('select[name=partner]', 'miri');
      await s.app.page.waitForFunction(() => location.search.includes('partner=miri'));
      const { view: page, query } = await s.app.address();
      assert.equal(page, view.code, 'the view\'s own page');
      assert.match(query, /(^|&)partner=miri(&|$)/);
      await s.app.page.reload();
      await s.app.ready();
      assert.equal(await s.app.page.locator('select[name=partner]').inputValue(), 'miri');
      if (view.code !== 'evidence') {
        const rowsAfter = await shape();
        assert.notEqual(rowsAfter, rowsBefore, 'the filter changed what the view shows');
      }
      await s.app.page.goBack();
      await s.app.page.waitForFunction(() => !location.search.includes('partner=miri'));

      assert.deepEqual(await axeViolations(s.app.page), []);
      assert.deepEqual(s.app.consoleErrors, []);
    });
  }

  it('the matrix tells "the paper is silent" apart from a level, and a cell opens its passages', async () => {
    await s.app.open('matrix.html');
    const silent = s.app.page.locator('table.matrix-table td.silent');
    assert.ok((await silent.count()) > 0, 'the paper is silent on many pairs');
    // Seen as a dash, heard as words: the name Chromium's own accessibility tree gives a
    // silent cell, in the interface language.
    assert.equal(await silent.first().evaluate((td) => getComputedStyle(td, '::before').content.split(' / ')[0]), '"—"');
    const cellNames = async () => {
      const cdp = await s.app.page.context().newCDPSession(s.app.page);
      const { nodes } = await cdp.send('Accessibility.getFullAXTree');
      await cdp.detach();
      return nodes.filter((n) => n.role?.value === 'cell').map((n) => n.name?.value);
    };
    const silentCount = await silent.count();
    assert.equal((await cellNames()).filter((n) => n === 'the paper is silent').length, silentCount);
    await s.app.open('matrix.html?lang=id');
    assert.equal((await cellNames()).filter((n) => n === 'makalah tidak menyebut').length, silentCount);
    await s.app.open('matrix.html');
    const cell = s.app.page.locator('table.matrix-table td[data-item="cell--daejeon--umkm"] button');
    assert.match(await cell.innerText(), /^★ adapted \(\d+ passages\)$/);
    // The paper reports the R&D agreement signed with the 2016 MoU and Daejeon's 2017 request
    // for a youth exchange: agreed, not implemented.
    const research = s.app.page.locator('table.matrix-table td[data-item="cell--daejeon--research-development"] button');
    assert.match(await research.innerText(), /^◕ agreed \(\d+ passages\)$/);
    await cell.click();
    await s.app.detail.waitFor();
    assert.match(await s.app.page.locator('#detail-title').innerText(), /Daejeon × /);
    assert.match(await s.app.query(), /item=cell--daejeon--umkm/);

    // The table alternative folds away and back, from the keyboard.
    const summary = s.app.page.locator('details.chart-table > summary');
    await summary.focus();
    await s.app.page.keyboard.press('Enter');
    assert.equal(await s.app.page.locator('table.matrix-table').isVisible(), false);
    await s.app.page.keyboard.press('Enter');
    assert.equal(await s.app.page.locator('table.matrix-table').isVisible(), true);
  });

  it('the matrix\'s colour key names every level with its glyph and stays within the page, in either language', async () => {
    for (const [lang, first, last] of [['en', 'none', 'adapted'], ['id', 'tidak ada', 'diadaptasi']]) {
      await s.app.open(`matrix.html?lang=${lang}`);
      const items = s.app.page.locator('.matrix-legend li');
      assert.equal(await items.count(), 7, 'seven levels');
      const texts = await items.allInnerTexts();
      assert.match(texts[0], new RegExp(`^–\\s*${first}$`));
      assert.match(texts[6], new RegExp(`^★\\s*${last}$`));
      // Wrapped, never cut: every entry lies within the chart's column.
      const main = await s.app.page.locator('.view-main').boundingBox();
      for (const box of await items.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()))) {
        assert.ok(box.left >= main.x - 1 && box.right <= main.x + main.width + 1, `${lang}: an entry within the column`);
      }
    }
    for (const width of [641, 1024]) {
      await s.app.page.setViewportSize({ width, height: 800 });
      const overflow = await s.app.page.locator('.matrix-legend').evaluate((ul) => ul.scrollWidth - ul.clientWidth);
      assert.ok(overflow <= 0, `the key wraps at ${width} px`);
    }
    // On a phone the table takes the chart's place, its cells saying their level in words: the
    // key goes with the chart.
    await s.app.page.setViewportSize({ width: 360, height: 800 });
    assert.equal(await s.app.page.locator('.matrix-legend').isVisible(), false);
    assert.match(await s.app.page.locator('table.matrix-table td[data-item="cell--daejeon--umkm"]').innerText(), /\(2 kutipan\)$/);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the matrix table follows its chart a frame later: once for quick changes, to where the chart is', async () => {
    await s.app.open('matrix.html');
    await s.app.chartDrawn();
    const page = s.app.page;
    const chartPartners = () => page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().xAxis[0].data);
    const tablePartners = async () => (await page.locator('table.matrix-table thead th').allInnerTexts()).slice(1);
    assert.deepEqual(await tablePartners(), await chartPartners());
    assert.ok((await tablePartners()).length > 2);
    // Three partner changes in one task, as a reader running the keyboard down the list: the
    // table is rebuilt once, a frame after the chart, for the last of them.
    await page.evaluate(() => {
      performance.clearMeasures('table-update');
      const select = document.querySelector('select[name=partner]');
      for (const partner of ['daejeon', 'miri', 'daejeon']) {
        select.value = partner;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
    await page.waitForFunction(() => performance.getEntriesByName('table-update').length > 0);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    assert.equal(await page.evaluate(() => performance.getEntriesByName('table-update').length), 1);
    assert.deepEqual(await chartPartners(), ['Daejeon']);
    assert.deepEqual(await tablePartners(), ['Daejeon']);
    assert.match(await s.app.query(), /partner=daejeon/);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the challenges split by form of tie or by country, the same grouping the timeline\'s lanes follow', async () => {
    const series = () => s.app.page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.map((x) => x.name));
    const group = (name) => s.app.page.getByRole('group', { name: 'Partners', exact: true }).getByRole('button', { name, exact: true });
    await s.app.open('challenges.html');
    await s.app.chartDrawn();
    assert.equal(await group('each').getAttribute('aria-pressed'), 'true');
    const rows = await s.app.tableRows.count();
    await group('by form of tie').click();
    await s.app.addressBecomes('challenges', 'group=type');
    await s.app.chartDrawn();
    const forms = await series();
    for (const name of ['memorandum of understanding', 'domestic horizontal learning', 'business to business']) {
      assert.ok(forms.includes(name), `series: ${forms}`);
    }
    assert.equal(await s.app.tableRows.count(), rows, 'the table still lists every challenge');
    await group('by country').click();
    await s.app.addressBecomes('challenges', 'group=country');
    await s.app.chartDrawn();
    assert.ok((await series()).includes('South Korea'), `series: ${await series()}`);
    // The grouping is the reader's, not the view's: the timeline's lanes follow it.
    await s.app.page.getByRole('link', { name: 'Timeline', exact: true }).first().click();
    await s.app.addressBecomes('timeline', 'group=country');
    assert.equal(await s.app.page.getByRole('group', { name: 'Lanes by', exact: true }).getByRole('button', { name: 'country', exact: true }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(await axeViolations(s.app.page), []);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the matrix groups its partners into columns, and a group opens into its partners from its button or its cell', async () => {
    const page = s.app.page;
    const headings = async () => (await page.locator('table.matrix-table thead th').allInnerTexts()).slice(1);
    const groupButton = (name) => page.locator('.group-list').getByRole('button', { name, exact: true });
    await s.app.open('matrix.html');
    await s.app.chartDrawn();
    const partners = (await headings()).length;
    await page.getByRole('group', { name: 'Partners', exact: true }).getByRole('button', { name: 'by form of tie', exact: true }).click();
    await s.app.addressBecomes('matrix', 'group=type');
    await s.app.chartDrawn();
    const forms = await headings();
    assert.ok(forms.includes('business to business (2 partners)'), `columns: ${forms}`);
    assert.ok(forms.includes('domestic horizontal learning (2 partners)'), `columns: ${forms}`);
    assert.ok(!forms.some((h) => h.startsWith('Daejeon')), `columns: ${forms}`);
    // A group's cells are no records (no button); the chart draws the same columns.
    assert.equal(await page.locator('table.matrix-table td[data-item]').count(), 0);
    const axis = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().xAxis[0].data);
    assert.deepEqual(axis, forms);

    // Its button opens a group: its partners' columns, side by side where it was, each a record.
    const b2b = groupButton('business to business (2 partners)');
    assert.equal(await b2b.getAttribute('aria-expanded'), 'false');
    await b2b.click();
    await s.app.addressBecomes('matrix', 'group=type&open=business_to_business');
    const opened = await headings();
    const at = forms.indexOf('business to business (2 partners)');
    assert.deepEqual(opened.slice(at, at + 2), ['business to business · Several cities in China (not named)', 'business to business · Sinar Mas Land (BSD City)']);
    assert.equal(opened.length, forms.length + 1);
    assert.equal(await groupButton('business to business (2 partners)').getAttribute('aria-expanded'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.group), 'business_to_business', 'the button keeps the focus');
    assert.equal(await page.locator('table.matrix-table td[data-item="cell--sinar-mas-land--infrastructure"] button').count(), 1);

    // A click on a closed group's cell in the chart opens that group.
    await s.app.chartDrawn();
    await s.app.chart.scrollIntoViewIfNeeded();
    const point = await page.evaluate(() => {
      const el = document.querySelector('.chart');
      const chart = window.echarts.getInstanceByDom(el);
      const option = chart.getOption();
      const col = option.xAxis[0].data.indexOf('domestic horizontal learning (2 partners)');
      const item = option.series[0].data.find((d) => d.value[0] === col);
      const [x, y] = chart.convertToPixel({ seriesIndex: 0 }, [item.value[0], item.value[1]]);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    await page.mouse.click(point.x, point.y);
    await s.app.addressBecomes('matrix', 'group=type&open=business_to_business,domestic_horizontal_learning');
    assert.ok((await headings()).includes('domestic horizontal learning · Jakarta Special Capital Region (DKI Jakarta)'), `columns: ${await headings()}`);

    // The address holds it through a reload; another grouping closes the groups; each partner again.
    await page.reload();
    await s.app.chartDrawn();
    assert.equal(await groupButton('domestic horizontal learning (2 partners)').getAttribute('aria-expanded'), 'true');
    assert.deepEqual(await axeViolations(page), []);
    await page.getByRole('group', { name: 'Partners', exact: true }).getByRole('button', { name: 'by country', exact: true }).click();
    await s.app.addressBecomes('matrix', 'group=country');
    assert.ok((await headings()).includes('South Korea (1 partner)'), `columns: ${await headings()}`);
    await page.getByRole('group', { name: 'Partners', exact: true }).getByRole('button', { name: 'each', exact: true }).click();
    await s.app.addressBecomes('matrix', '');
    assert.equal((await headings()).length, partners);
    assert.equal(await page.locator('.group-list').count(), 0);
    // In Indonesian, the groups and their counts too.
    await s.app.open('matrix.html?group=country&open=ID&lang=id');
    const id = await headings();
    assert.ok(id.includes('Korea Selatan (1 mitra)'), `columns: ${id}`);
    assert.ok(id.includes('Indonesia · Banyumas'), `columns: ${id}`);
    assert.match(await page.locator('.group-list').innerText(), /^Buka kelompok menjadi mitra-mitranya:/);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the map groups its markers by country or by form of tie, and its table says so', async () => {
    const page = s.app.page;
    const series = () => page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.map((x) => ({ name: x.name, data: x.data.map((d) => d.name) })));
    const daejeonRow = () => page.locator('table.data-table tbody tr[data-item="daejeon"] td').allInnerTexts();
    await s.app.open('index.html');
    await s.app.chartDrawn();
    const group = (name) => page.getByRole('group', { name: 'Partners', exact: true }).getByRole('button', { name, exact: true });
    await group('by country').click();
    await s.app.addressBecomes('overview', 'group=country');
    await s.app.chartDrawn();
    const countries = await series();
    const korea = countries.find((x) => x.name === 'South Korea');
    assert.deepEqual(korea && korea.data, ['South Korea (1 partner)'], JSON.stringify(countries));
    assert.ok((await daejeonRow()).includes('South Korea'), `${await daejeonRow()}`);
    await group('by form of tie').click();
    await s.app.addressBecomes('overview', 'group=type');
    await s.app.chartDrawn();
    const forms = await series();
    const b2b = forms.find((x) => x.name === 'business to business');
    assert.deepEqual(b2b && b2b.data, ['Sinar Mas Land (BSD City)'], JSON.stringify(forms));
    assert.match((await daejeonRow())[4], /^5: .*memorandum of understanding/);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('charts move on a filter change only when the reader\'s system allows motion', async () => {
    await s.app.open('challenges.html');
    await s.app.chartDrawn();
    const page = s.app.page;
    // Changes the partner and returns, still inside the same task (no frame has run, so no
    // animation has had time to end), whether ECharts has an animation under way.
    const animatesAfterChange = (partner) => page.evaluate(async (p) => {
      const zr = window.echarts.getInstanceByDom(document.querySelector('.chart')).getZr();
      const drawn = performance.getEntriesByName('chart-draw').length;
      const select = document.querySelector('select[name=partner]');
      select.value = p;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (let i = 0; i < 100 && performance.getEntriesByName('chart-draw').length === drawn; i++) await Promise.resolve();
      if (performance.getEntriesByName('chart-draw').length === drawn) throw new Error('the chart was not redrawn');
      return !zr.animation.isFinished();
    }, partner);
    const atRest = () => page.waitForFunction(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getZr().animation.isFinished());
    await atRest();
    assert.equal(await animatesAfterChange('daejeon'), true, 'animated by default');
    await atRest();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    assert.equal(await animatesAfterChange(''), false, 'no animation when the system asks for less motion');
    assert.equal(await animatesAfterChange('miri'), false);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await atRest();
    assert.equal(await animatesAfterChange(''), true, 'animated again when the setting is lifted');
    // Printing draws without animation; the screen animates again afterwards.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await atRest();
    assert.equal(await animatesAfterChange('daejeon'), true, 'animated again after printing');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the view links keep the filters and the language, and back returns', async () => {
    await s.app.open('timeline.html?partner=daejeon&lang=id');
    await s.app.page.getByRole('link', { name: 'Matriks sektor' }).click();
    await s.app.addressBecomes('matrix', 'partner=daejeon&lang=id');
    await s.app.page.goBack();
    await s.app.addressBecomes('timeline', 'partner=daejeon&lang=id');
    assert.equal(await s.app.page.locator('#view-title').innerText(), 'Linimasa');
  });
});
