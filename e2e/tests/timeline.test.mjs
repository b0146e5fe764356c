// The timeline view, end to end, on the release build in headless Chromium.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { dashboardSuite } from '../lib/suite.mjs';
import { DATASET, fold } from '../pages/dashboard.mjs';

/** The Daejeon MoU event: a signing in 2016 with the Daejeon MoU relationship. */
const mouRelationship = DATASET.relationships.find((r) => r.partner === 'daejeon' && r.type === 'mou');
const MOU = DATASET.events.find((e) => e.relationship === mouRelationship.id && e.kind === 'signing');
const markName = (event, lang = 'en') => `${event.date} · ${event.title[lang]}`;

describe('timeline', () => {
  const s = dashboardSuite();

  it('draws every dated event from the bundled dataset and lists every event in the table', async () => {
    await s.app.open('timeline.html');
    await s.app.chartDrawn();
    const { lanes, marks } = await s.app.page.evaluate(() => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      const option = inst.getOption();
      return { lanes: option.yAxis[0].data, marks: option.series.reduce((n, s) => n + s.data.length, 0) };
    });
    const dated = DATASET.events.filter((e) => e.date !== null);
    assert.equal(marks, dated.length);
    // Daejeon's lane, after the square of its colour (rich text: the first partner's, `p0`).
    assert.ok(lanes.includes('{p0| } Daejeon'), `lanes: ${lanes}`);
    assert.equal(await s.app.tableRows.count(), DATASET.events.length);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a click on a mark shows the verbatim quote, puts the event in the URL, and survives a reload', async () => {
    await s.app.open('timeline.html');
    await s.app.chartDrawn();
    await s.app.clickMark(markName(MOU));
    await s.app.detail.waitFor();
    assert.equal(await s.app.detailItem(), MOU.id);
    const quotes = (await s.app.detailQuotes.allInnerTexts()).map(fold);
    for (const citation of MOU.citations) {
      assert.ok(quotes.some((q) => q.endsWith(fold(citation.quote))), `quote missing: ${citation.quote}`);
    }
    const translation = await s.app.page.locator('.view-detail .translation[lang="en"]').first().innerText();
    assert.ok(fold(translation).endsWith(fold(MOU.citations[0].translation)));
    assert.deepEqual(await s.app.address(), { view: 'timeline', query: `item=${MOU.id}` });

    await s.app.page.reload();
    await s.app.ready();
    await s.app.detail.waitFor();
    assert.equal(await s.app.detailItem(), MOU.id);

    await s.app.page.goBack();
    await s.app.page.waitForFunction(() => !document.querySelector('.view-detail .detail'));
    assert.deepEqual(await s.app.address(), { view: 'timeline', query: '' });
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the table is a keyboard path to the same detail, and focus moves to it', async () => {
    await s.app.open('timeline.html');
    const button = s.app.page.locator(`table.data-table tr[data-item="${MOU.id}"] button`);
    await button.focus();
    await s.app.page.keyboard.press('Enter');
    await s.app.detail.waitFor();
    assert.equal(await s.app.detailItem(), MOU.id);
    assert.equal(await s.app.page.evaluate(() => document.activeElement.className), 'close');
    await s.app.page.keyboard.press('Enter');
    await s.app.page.waitForFunction(() => !document.querySelector('.view-detail .detail'));
  });

  it('switches to Indonesian, keeps it in the URL, and quotes stay in the original', async () => {
    await s.app.open(`timeline.html?item=${MOU.id}`);
    await s.app.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await s.app.page.waitForFunction(() => document.documentElement.lang === 'id');
    assert.equal(await s.app.page.locator('#view-title').innerText(), 'Linimasa');
    await s.app.addressBecomes('timeline', `item=${MOU.id}&lang=id`);
    await s.app.chartDrawn();
    const name = markName(MOU, 'id');
    const names = await s.app.page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.flatMap((s) => s.data.map((d) => d.name)));
    assert.ok(names.includes(name), `no mark ${name}`);
    const quote = await s.app.detailQuotes.first().innerText();
    assert.ok(fold(quote).endsWith(fold(MOU.citations[0].quote)));
    assert.equal(await s.app.page.locator('.view-detail .translation').first().getAttribute('lang'), 'en');
  });

  it('lanes can stand for sectors instead of partners, through the URL', async () => {
    await s.app.open('timeline.html');
    await s.app.page.getByRole('button', { name: 'sector', exact: true }).click();
    await s.app.addressBecomes('timeline', 'lanes=sector');
    await s.app.chartDrawn();
    const lanes = await s.app.page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data);
    const topSectors = DATASET.sectors.filter((s) => s.parent === null).map((s) => s.name.en);
    assert.ok(lanes.length > 0 && lanes.every((l) => topSectors.includes(l) || l === 'No sector named'), `lanes: ${lanes}`);
    await s.app.page.reload();
    await s.app.ready();
    assert.equal(await s.app.page.getByRole('button', { name: 'sector', exact: true }).getAttribute('aria-pressed'), 'true');
  });

  it('lanes can group partners by country and by form of tie, through the URL, in both languages', async () => {
    const lanes = () => s.app.page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].data);
    const countryOf = Object.fromEntries(DATASET.actors.filter((a) => a.kind === 'country').map((a) => [a.country, a.name]));
    const lane = (name) => s.app.page.getByRole('group', { name: 'Lanes by', exact: true }).getByRole('button', { name, exact: true });
    await s.app.open('timeline.html');
    assert.equal(await lane('partner').getAttribute('aria-pressed'), 'true');
    await lane('country').click();
    await s.app.addressBecomes('timeline', 'group=country');
    await s.app.chartDrawn();
    let names = await lanes();
    // One lane per country: the city's own events with its domestic partners', Daejeon's with Korea's.
    assert.ok(names.includes(countryOf.KR.en) && names.includes(countryOf.ID.en), `lanes: ${names}`);
    assert.equal(new Set(names).size, names.length);
    assert.ok(names.every((n) => Object.values(countryOf).some((c) => c.en === n) || n === 'No country named'), `lanes: ${names}`);
    await s.app.tableShows(DATASET.events.length);

    await lane('form of tie').click();
    await s.app.addressBecomes('timeline', 'group=type');
    await s.app.chartDrawn();
    names = await lanes();
    assert.ok(names.includes('memorandum of understanding') && names.includes('letter of intent') && names.includes('No relationship named'), `lanes: ${names}`);
    assert.equal(await lane('form of tie').getAttribute('aria-pressed'), 'true');
    assert.equal(await lane('partner').getAttribute('aria-pressed'), 'false');
    await s.app.tableShows(DATASET.events.length);

    // Sectors are no partners: the grouping waits in the URL until partners come back.
    await lane('sector').click();
    await s.app.addressBecomes('timeline', 'lanes=sector&group=type');
    await lane('partner').click();
    await s.app.addressBecomes('timeline', '');

    // A link to the exact view opens it so, in Indonesian too.
    await s.app.open('timeline.html?lang=id&group=country');
    await s.app.chartDrawn();
    names = await lanes();
    assert.ok(names.includes(countryOf.KR.id), `lanes: ${names}`);
    assert.equal(await s.app.page.getByRole('group', { name: 'Lajur per', exact: true }).getByRole('button', { name: 'negara', exact: true }).getAttribute('aria-pressed'), 'true');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('ignores invalid URL values instead of failing, and cleans the address', async () => {
    await s.app.open('timeline.html?item=nope&lang=xx&partner=%3Cscript%3E&from=20x6&type=MoU');
    assert.equal(await s.app.detail.count(), 0);
    assert.deepEqual(await s.app.address(), { view: 'timeline', query: '' });
    assert.equal(await s.app.tableRows.count(), DATASET.events.length);
    // An older link naming a view there is not: the overview, on its own page.
    await s.app.open('?view=zzz');
    assert.equal(await s.app.page.locator('#view-title').innerText(), 'Overview');
    assert.deepEqual(await s.app.address(), { view: 'overview', query: '' });
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('without ECharts it says so and the table still holds the data', async () => {
    await s.app.page.route(/echarts.*\.js$/, (route) => route.fulfill({ status: 404, body: '' }));
    await s.app.open('timeline.html');
    const fault = s.app.page.locator('.chart-fault');
    await fault.waitFor();
    assert.match(await fault.innerText(), /chart library \(ECharts\) did not load/);
    assert.equal(await s.app.tableRows.count(), DATASET.events.length);
    assert.equal(await s.app.fatal.isVisible(), false);
  });

  it('a WebAssembly that cannot start shows a readable message, not a blank page', async () => {
    await s.app.page.route(/\.wasm$/, (route) =>
      route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm at all') }));
    await s.app.page.goto(`${s.server.url}timeline.html`);
    await s.app.fatal.waitFor({ state: 'visible' });
    assert.match(await s.app.fatal.innerText(), /The dashboard hit an error/);
    assert.notEqual((await s.app.page.locator('#fatal-detail').innerText()).trim(), '');
  });
});
