// Downloads and the printed handout, as a reader gets them: the data of the view on screen as CSV
// and JSON (what the view's tables list, under its filters, with the paper's verbatim quotes),
// each chart as PNG and SVG, and the view printed on A4 with its permalink and sources.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';

import { dashboardSuite } from '../lib/suite.mjs';
import { axeViolations } from '../lib/axe.mjs';
import { addressOf, DATASET, pageOf } from '../pages/dashboard.mjs';

/** Every record of the dataset by id, with the name of its collection. */
const RECORDS = new Map();
for (const [collection, list] of Object.entries(DATASET)) {
  if (Array.isArray(list)) for (const r of list) if (r && r.id) RECORDS.set(r.id, { collection, record: r });
}

/** Reads RFC 4180 text into rows of fields (the file starts with a byte-order mark). */
function readCsv(text) {
  assert.equal(text.charCodeAt(0), 0xfeff, 'UTF-8 byte-order mark for spreadsheets');
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 1; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

/** Opens the Download menu and picks `name`; resolves to the downloaded file's name and bytes. */
async function download(page, name, where = page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    (async () => {
      if (name instanceof RegExp && /PNG|SVG/.test(String(name))) {
        await where.getByRole('button', { name }).click();
      } else {
        await page.locator('.export-menu > summary').click();
        await page.locator('.export-menu').getByRole('button', { name }).click();
      }
    })(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** The ids of the records the view's own tables list, in order. */
const tableIds = (page) => page.$$eval('.view-main [data-item]', (els) => els.map((e) => e.dataset.item));

/** Each view with the filters it is opened with (its page's query). */
const VIEWS = [
  ['timeline', 'partner=daejeon'],
  ['challenges', 'partner=daejeon'],
  ['learning', 'partner=daejeon'],
  ['evidence', ''],
];

describe('downloads and the printed handout', () => {
  const s = dashboardSuite();

  for (const [view, filters] of VIEWS) {
    it(`${view}: CSV and JSON hold exactly the records the view lists, with their verbatim quotes`, async () => {
      await s.app.open(filters ? `${pageOf(view)}?${filters}` : pageOf(view));
      const page = s.app.page;
      const listed = await tableIds(page);
      assert.ok(listed.length > 0);

      const csv = await download(page, /CSV/);
      assert.match(csv.name, new RegExp(`^${DATASET.id}-${view}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
      const rows = readCsv(csv.bytes.toString('utf8'));
      const [header, ...body] = rows;
      assert.ok(body.every((r) => r.length === header.length), 'every row as wide as the header');
      assert.deepEqual(body.map((r) => r[0]), listed, 'one row per listed record, in order');
      const quoteCol = header.indexOf('Original quote (Indonesian)');
      for (const r of body) {
        for (const c of RECORDS.get(r[0])?.record.citations ?? []) {
          assert.ok(r[quoteCol].includes(c.quote), `${r[0]}: verbatim quote`);
        }
      }

      const json = await download(page, /JSON/);
      assert.match(json.name, /\.json$/);
      const file = JSON.parse(json.bytes.toString('utf8'));
      assert.equal(file.type, 'paradiplomacy-dashboard/view-data');
      assert.equal(file.view, view);
      // The file names the view as a permalink query does (`view=timeline&partner=daejeon`),
      // whatever page it was downloaded from.
      assert.equal(file.query, [`view=${view}`, filters].filter(Boolean).join('&'));
      assert.deepEqual(file.records.map((r) => r.record.id), listed);
      for (const r of file.records) {
        assert.deepEqual(r.record, RECORDS.get(r.record.id).record, `${r.record.id}: the dataset's own record`);
        assert.equal(r.collection, RECORDS.get(r.record.id).collection);
      }
      assert.deepEqual(s.app.consoleErrors, []);
    });
  }

  it('matrix: the CSV and JSON list every cell in the table\'s order, the silent ones too', async () => {
    await s.app.open('matrix.html?lang=id');
    const page = s.app.page;
    // The table's cells, row by row (sector by sector), left to right: a cell's id, or null
    // where the paper is silent (a silent cell carries no id on screen).
    const cells = await page.$$eval('.matrix-table tbody td', (tds) => tds.map((td) => td.dataset.item ?? null));
    assert.ok(cells.some((c) => c === null) && cells.some((c) => c !== null));
    const file = JSON.parse((await download(page, /JSON/)).bytes.toString('utf8'));
    assert.equal(file.language, 'id');
    assert.deepEqual(
      file.records.map((r) => (r.record.level === null ? null : r.record.id)),
      cells,
      'the JSON\'s cells in the table\'s order, silent where the table is silent',
    );
    const csv = readCsv((await download(page, /CSV/)).bytes.toString('utf8'));
    assert.equal(csv[0][1], 'Jenis', 'the header in the reader\'s language');
    assert.deepEqual(csv.slice(1).map((r) => r[0]), file.records.map((r) => r.record.id), 'the CSV in the same order');
  });

  it('overview: the CSV lists the headline findings and every partner of the map\'s table', async () => {
    await s.app.open();
    const page = s.app.page;
    const ids = readCsv((await download(page, /CSV/)).bytes.toString('utf8')).slice(1).map((r) => r[0]);
    for (const id of await tableIds(page)) assert.ok(ids.includes(id), `${id} in the CSV`);
  });

  it('each chart downloads as a PNG and an SVG drawn from it', async () => {
    await s.app.open('challenges.html');
    await s.app.chartDrawn();
    const page = s.app.page;
    const png = await download(page, /PNG/);
    assert.match(png.name, new RegExp(`^${DATASET.id}-challenges-.*\\.png$`));
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    const box = await page.locator('.chart').boundingBox();
    assert.equal(png.bytes.readUInt32BE(16), Math.round(box.width) * 2, 'twice the width on screen');
    const svg = await download(page, /SVG/);
    assert.match(svg.name, /\.svg$/);
    const text = svg.bytes.toString('utf8');
    assert.match(text, /^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The chart's own category names are in it, as text.
    const category = DATASET.challenge_categories.find((k) => DATASET.challenges.some((c) => c.category === k.id));
    assert.ok(text.includes(category.name.en), `the SVG names ${category.name.en}`);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('prints an A4 handout: its permalink and date on top, the paper\'s words for every item at the end', async () => {
    await s.newContext({ colorScheme: 'dark' });
    // What is on the page at the moment the print dialog would open.
    await s.app.page.addInitScript(() => {
      window.print = () => {
        window.__printed = {
          sources: [...document.querySelectorAll('.print-sources li')].map((e) => e.dataset.item),
          // The quote: the blockquote's own text, after its hidden "Quote:" label.
          quotes: [...document.querySelectorAll('.print-sources blockquote[lang="id"]')].map((e) =>
            [...e.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('')),
          darkCharts: window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption().darkMode === true,
          animation: window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption().animation,
        };
      };
    });
    await s.app.open('learning.html?partner=daejeon&embed=1');
    const page = s.app.page;
    await s.app.chartDrawn();
    const listed = await tableIds(page);
    await page.locator('.export-menu > summary').click();
    await page.locator('.export-menu').getByRole('button', { name: /Print/ }).click();
    const printed = await (await page.waitForFunction(() => window.__printed)).jsonValue();
    const withQuotes = listed.filter((id) => (RECORDS.get(id)?.record.citations ?? []).length > 0);
    assert.ok(withQuotes.length > 0);
    assert.deepEqual(printed.sources, withQuotes, 'every listed item with its passages');
    assert.deepEqual(printed.quotes, withQuotes.flatMap((id) => RECORDS.get(id).record.citations.map((c) => c.quote)));
    assert.equal(printed.darkCharts, false, 'charts are drawn light for paper');
    assert.equal(printed.animation, false, 'and at once, not growing in while the dialog takes them');
    // Once printed, the sources leave the page and the charts are dark again.
    await page.waitForFunction(() => !document.querySelector('.print-sources'));
    await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))?.getOption().darkMode === true);

    await page.emulateMedia({ media: 'print' });
    const link = await page.locator('.print-header a').innerText();
    // The learning view's page with its filter, not embedded: the printed link opens the full dashboard.
    assert.equal(new URL(link).origin + '/', s.server.url);
    assert.deepEqual(addressOf(link), { view: 'learning', query: 'partner=daejeon' });
    assert.equal(await page.locator('.print-header').isVisible(), true);
    // The handout names the dataset it was printed from (another city's, when one is open).
    assert.match(await page.locator('.print-header').innerText(), new RegExp(`^Printed from the dashboard ${DATASET.title.en}\\. This view:`));
    for (const hidden of ['.embed-bar', '.view-actions', '.chart-downloads']) {
      assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
    }
    assert.equal(await page.locator('table.data-table').first().isVisible(), true, 'the table is printed');
    // The chart is printed too: the print layout resizes its element, and it keeps its height.
    await page.waitForTimeout(300);
    const canvas = await page.locator('.chart canvas').first().boundingBox();
    assert.ok(canvas && canvas.height > 200, `the chart is on paper: ${JSON.stringify(canvas)}`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)', 'paper is white');
    const pdf = await page.pdf({ format: 'A4' });
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('prints the partner map whole: its layers stacked at the page\'s width, drawn without animation', async () => {
    await s.app.page.addInitScript(() => {
      window.print = () => {
        const chart = document.querySelector('.chart');
        const canvases = [...chart.querySelectorAll('canvas')];
        // Share of pixels drawn on the map's layer, at the moment the dialog would take it.
        const map = canvases[0];
        const px = map.getContext('2d').getImageData(0, 0, map.width, map.height).data;
        let drawn = 0;
        for (let i = 3; i < px.length; i += 4) if (px[i] > 0) drawn++;
        window.__printed = {
          rects: canvases.map((c) => { const r = c.getBoundingClientRect(); return [r.left, r.top, r.width, r.height]; }),
          drawn: drawn / (px.length / 4),
          animation: window.echarts.getInstanceByDom(chart).getOption().animation,
        };
      };
    });
    await s.app.open('');
    await s.app.chartDrawn();
    const page = s.app.page;
    await page.locator('.export-menu > summary').click();
    await page.locator('.export-menu').getByRole('button', { name: /Print/ }).click();
    const printed = await (await page.waitForFunction(() => window.__printed)).jsonValue();
    assert.ok(printed.rects.length >= 2, 'the map and its markers on two layers');
    for (const r of printed.rects) assert.deepEqual(r, printed.rects[0], 'the layers lie on top of each other');
    assert.ok(Math.abs(printed.rects[0][2] - 680) < 1, `the width of an A4 page: ${printed.rects[0][2]}`);
    assert.equal(printed.animation, false);
    assert.ok(printed.drawn > 0.2, `the map is drawn: ${printed.drawn}`);
    // Back on screen: the chart takes its place's width again.
    await page.waitForFunction(() => Math.abs(document.querySelector('.chart canvas').getBoundingClientRect().width - document.querySelector('.chart').getBoundingClientRect().width) < 1);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the Download menu is reachable by keyboard, closes with Escape back on its button, and axe finds no violation', async () => {
    await s.app.open('timeline.html');
    const page = s.app.page;
    await page.locator('.export-menu > summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('.export-menu').getAttribute('open'), '');
    assert.deepEqual(await axeViolations(page), []);
    await page.keyboard.press('Tab');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /CSV/);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.export-menu').getAttribute('open'), null);
    assert.equal(await page.evaluate(() => document.activeElement.matches('.export-menu > summary')), true);
  });
});
