// Spreadsheets in the browser: the dataset on screen downloaded as .xlsx and opened again; a
// spreadsheet with mistakes, each reported at its sheet, row and column; hostile files; the
// quote check against the paper's text. All of it is the spreadsheet worker's work.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { axeViolations } from '../lib/axe.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { DATASET } from '../pages/dashboard.mjs';
import { synthesise } from '../../tools/synth.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const ROOT = new URL('../../', import.meta.url).pathname;
const KEY = 'paradiplomacy-dashboard/v1/';
const dir = mkdtempSync(join(tmpdir(), 'pd-sheets-'));

// The mistakes of e2e/fixtures/city-errors.xlsx (e2e/fixtures/make_city_sheet.py, ERRORS): one
// per sheet, each where the file has it.
const MISTAKES = [
  ['Dataset', 2, 'schema_version'],
  ['Sections', 2, 'heading.en'],
  ['Actors', 2, 'kind'],
  ['Sectors', 2, 'scope_item'],
  ['Relationships', 2, 'status'],
  ['Relationships – sectors', 2, 'level'],
  ['Events', 3, 'kind'],
  ['Challenges', 2, 'title.en'],
  ['Legal bases – provisions', 2, 'record'],
  ['Story', 2, 'view'],
  ['Citations', 2, 'record'],
];

/** The paper's text where tests/dataset.rs finds it: $PAPER_TEXT, ../shared/seed, /work/shared/seed. */
function paperText() {
  for (const place of [process.env.PAPER_TEXT, join(ROOT, '../shared/seed'), '/work/shared/seed']) {
    if (!place || !existsSync(place)) continue;
    if (statSync(place).isFile()) return readFileSync(place, 'utf8');
    const files = readdirSync(place).filter((f) => f.endsWith('.txt')).sort();
    if (files.length) return files.map((f) => readFileSync(join(place, f), 'utf8')).join('\n');
  }
  return null;
}

/** Every citation of `data` (records and their parts), as the objects themselves. */
function citations(data, out = []) {
  if (Array.isArray(data)) data.forEach((d) => citations(d, out));
  else if (data && typeof data === 'object') {
    if (typeof data.quote === 'string' && 'section' in data) out.push(data);
    Object.values(data).forEach((d) => citations(d, out));
  }
  return out;
}

describe('spreadsheets', () => {
  const s = dashboardSuite();
  const page = () => s.app.page;
  const showing = () => page().locator('#dataset-showing').innerText();
  const pick = (path) => page().locator('.dataset input[type=file]').setInputFiles(path);
  const problems = async (name) => {
    await page().waitForFunction((n) => document.querySelector('.dataset .problems')?.innerText.includes(n), name, { timeout: 60_000 });
    return page().locator('.dataset .problems');
  };
  /** The rows of every view's tables, view by view, and the view's heading. */
  const views = async () => {
    const seen = {};
    for (const view of ['index.html', 'timeline.html', 'matrix.html', 'challenges.html', 'learning.html', 'evidence.html']) {
      await s.app.open(view);
      seen[view] = {
        heading: await page().locator('main h1').first().innerText(),
        rows: await page().locator('main table tbody tr').count(),
      };
    }
    return seen;
  };

  it('a page that opens no spreadsheet never loads the spreadsheet worker', async () => {
    // What the page asks for (the service worker's precache, after the page is up, aside).
    const asked = [];
    page().on('request', (r) => asked.push(new URL(r.url()).pathname));
    await s.app.open('timeline.html');
    await s.app.chartDrawn();
    await page().locator('.dataset input[type=file]').setInputFiles(join(ROOT, 'tests/fixtures/minimal.json'));
    await page().waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('minimal.json'));
    assert.ok(asked.some((p) => p.endsWith('_bg.wasm')), "the app's own wasm was asked for");
    assert.deepEqual(asked.filter((p) => p.includes('sheet-worker')), []);
  });

  it('the dataset downloaded as a spreadsheet opens again as the same dataset, with the same views', async () => {
    const before = await views();
    await s.app.open('timeline.html');
    const [download] = await Promise.all([
      page().waitForEvent('download', { timeout: 60_000 }),
      page().getByRole('button', { name: 'Download this dataset as a spreadsheet (.xlsx)' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `${DATASET.id}.xlsx`);
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    assert.equal(readFileSync(path).subarray(0, 2).toString(), 'PK', 'an xlsx file is a zip');
    const saved = page().locator('.sheet-result');
    await saved.waitFor();
    assert.match(await saved.innerText(), new RegExp(`Spreadsheet saved: ${DATASET.id}\\.xlsx`));

    await pick(path);
    await page().waitForFunction((n) => document.querySelector('#dataset-showing').innerText.includes(n), `${DATASET.id}.xlsx`, { timeout: 60_000 });
    assert.match(await showing(), new RegExp(`${DATASET.title.en} \\(from the file ${DATASET.id}\\.xlsx\\)`));
    // Focus on what became of the file, as for a JSON file.
    assert.equal(await page().evaluate(() => document.activeElement?.className), 'opened');
    await s.app.tableShows(DATASET.events.length);
    // Remembered as the dataset's JSON text.
    const stored = await page().evaluate((k) => localStorage.getItem(`${k}dataset/text`), KEY);
    assert.deepEqual(JSON.parse(stored), DATASET, 'the dataset read back from the spreadsheet equals the bundled one');
    assert.deepEqual(await views(), before);
    assert.match(await showing(), /from the file/);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a dataset file over 8 MB is not held in memory: its spreadsheet is written from the file read again, and a file changed since is reported', async () => {
    const big = synthesise(DATASET, 150);
    const text = JSON.stringify(big);
    assert.ok(text.length > 8 * 1024 * 1024, `${text.length} bytes`);
    const path = join(dir, 'x150.json');
    writeFileSync(path, text);
    await s.app.open('timeline.html');
    await pick(path);
    await page().waitForFunction((n) => document.querySelector('#dataset-showing').innerText.includes(n), big.title.en, { timeout: 60_000 });
    const button = page().getByRole('button', { name: 'Download this dataset as a spreadsheet (.xlsx)' });
    const [download] = await Promise.all([page().waitForEvent('download', { timeout: 120_000 }), button.click()]);
    assert.equal(download.suggestedFilename(), `${big.id}.xlsx`);
    const result = page().locator('.sheet-result');
    await page().waitForFunction(() => /Spreadsheet saved/.test(document.querySelector('.sheet-result')?.innerText ?? ''));

    // The file changed on disk since it was opened: the reader is told, and nothing is written.
    writeFileSync(path, JSON.stringify(DATASET));
    await button.click();
    await page().waitForFunction(() => /could not be read again/.test(document.querySelector('.sheet-result')?.innerText ?? ''), null, { timeout: 60_000 });
    assert.match(await result.innerText(), /^The spreadsheet was not made:\s+The file this dataset was opened from could not be read again: it was moved, changed or removed since\. Open it again, then try once more\./);
    assert.equal(await result.getAttribute('role'), 'alert');
    assert.match(await showing(), new RegExp(big.title.en.replace(/[()×]/g, '.')), 'the dataset on screen stays');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a spreadsheet with one mistake per sheet: every problem at its sheet, row and column, and the dataset on screen stays', async () => {
    await s.app.open('timeline.html');
    await pick(join(FIXTURES, 'city-errors.xlsx'));
    const alert = await problems('city-errors.xlsx');
    const lines = await alert.locator('.problem-lines > li .problem-text').allInnerTexts();
    const places = lines.map((l) => l.match(/^(.+?), row (\d+), column ([\w.]+): /)?.slice(1).join(' / ') ?? l);
    assert.deepEqual(places.sort(), MISTAKES.map(([sheet, row, column]) => `${sheet} / ${row} / ${column}`).sort(), lines.join('\n'));
    assert.ok(lines.includes('Actors, row 2, column kind: "town" is not one of the allowed words: city, city_group, regency, province, country, national_government, ministry, local_agency, university, research_centre, company, person'));
    assert.ok(lines.includes('Sections, row 2, column heading.en: the cell holds the error #REF!: correct the formula or write the value'));
    assert.match(await alert.innerText(), /The dataset on screen is unchanged/);
    assert.equal(await page().evaluate(() => document.activeElement?.classList.contains('problems')), true);
    assert.match(await showing(), /bundled dataset/);
    await s.app.tableShows(DATASET.events.length);
    assert.deepEqual(await axeViolations(page()), []);

    // A mistake only the dataset's validator finds, placed back at its cell; in Indonesian.
    await s.app.open('timeline.html?lang=id');
    await pick(join(FIXTURES, 'city-bad-date.xlsx'));
    const id = await (await problems('city-bad-date.xlsx')).locator('.problem-lines > li').allInnerTexts();
    assert.deepEqual(id, ['Events, baris 3, kolom date: "2016-02-30" bukan tanggal yang ada']);
    assert.match(await showing(), /dataset bawaan/);
  });

  it('hostile files: not a spreadsheet, a zip bomb, a value at the last cell, a missing sheet, an empty sheet; each said, nothing on screen lost', async () => {
    await s.app.open('timeline.html');
    const fake = join(dir, 'notes.xlsx');
    writeFileSync(fake, 'These are my notes, not a spreadsheet.');
    await pick(fake);
    let text = await (await problems('notes.xlsx')).innerText();
    assert.match(text, /The file is not a spreadsheet the dashboard reads/);

    // Made at test time from a good file (e2e/fixtures/make_hostile_sheets.py).
    execFileSync('python3', [join(FIXTURES, 'make_hostile_sheets.py'), join(FIXTURES, 'city-errors.xlsx'), dir]);
    await pick(join(dir, 'bomb.xlsx'));
    text = await (await problems('bomb.xlsx')).innerText();
    assert.match(text, /The file unpacks to more than 256 MB \(a spreadsheet is a zip archive\): it is not read\./);
    await pick(join(dir, 'far-cell.xlsx'));
    text = await (await problems('far-cell.xlsx')).innerText();
    assert.match(text, /The sheet Events has a value in row 1,048,576, column XFD: a sheet of at most 50,000 rows and 256 columns is read\./);

    await pick(join(FIXTURES, 'city-missing-sheet.xlsx'));
    text = await (await problems('city-missing-sheet.xlsx')).innerText();
    assert.match(text, /Events: the sheet is missing/);

    await pick(join(FIXTURES, 'city-empty-sheet.xlsx'));
    text = await (await problems('city-empty-sheet.xlsx')).innerText();
    assert.match(text, /Challenges: the sheet is empty/);

    assert.match(await showing(), /bundled dataset/);
    await s.app.tableShows(DATASET.events.length);
    assert.equal(await s.app.fatal.isVisible(), false);
  });

  it("the quote check: none missing from the paper's text, then an altered quote named", async (t) => {
    let paper = paperText();
    if (!paper) {
      if (process.env.QUOTE_CHECK !== 'skip') assert.fail("the paper's text is not in $PAPER_TEXT, ../shared/seed or /work/shared/seed");
      t.diagnostic("NO PAPER TEXT (QUOTE_CHECK=skip): the quotes are checked against a text made of the dataset's own quotes");
      paper = citations(DATASET).map((c) => c.quote).join('\n');
    }
    const paperPath = join(dir, 'paper.txt');
    writeFileSync(paperPath, paper);
    const total = citations(DATASET).length;
    const check = (path) => page().locator('.sheet-actions input[type=file]').setInputFiles(path);
    const result = () => page().locator('.sheet-result');

    await s.app.open('timeline.html');
    await check(paperPath);
    await page().waitForFunction(() => document.querySelector('.sheet-result .quote-summary'), null, { timeout: 60_000 });
    assert.equal(await result().locator('.quote-summary').innerText(), `0 of ${total.toLocaleString('en-US')} quotes are not in the paper's text`);
    assert.equal(await result().locator('.quote-misses li').count(), 0);
    assert.equal(await page().evaluate(() => document.activeElement?.classList.contains('sheet-result')), true);

    // The bundled dataset with one quote changed, opened as a JSON file, then checked.
    const altered = structuredClone(DATASET);
    const event = altered.events.find((e) => e.citations?.length);
    event.citations[0].quote += ' dan sebuah kalimat rekaan';
    const alteredPath = join(dir, 'altered.json');
    writeFileSync(alteredPath, JSON.stringify(altered));
    await pick(alteredPath);
    await page().waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('altered.json'));
    await check(paperPath);
    await page().waitForFunction(() => document.querySelector('.sheet-result .quote-misses li'), null, { timeout: 60_000 });
    assert.equal(await result().locator('.quote-summary').innerText(), `1 of ${total.toLocaleString('en-US')} quotes are not in the paper's text`);
    const misses = await result().locator('.quote-misses li').allInnerTexts();
    assert.equal(misses.length, 1);
    assert.match(misses[0], new RegExp(`^${event.id} \\(section ${event.citations[0].section}\\): the quote is not in the paper's text: ".*dan sebuah kalimat rekaan"$`));
    assert.deepEqual(await axeViolations(page()), []);
    assert.deepEqual(s.app.consoleErrors, []);
  });
});
