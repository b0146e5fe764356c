// Opening another dataset: picker, drag-and-drop, hostile files, remembering, going back.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { DATASET, Dashboard } from '../pages/dashboard.mjs';

const FIXTURE_PATH = new URL('../../tests/fixtures/minimal.json', import.meta.url).pathname;
const FIXTURE = readFileSync(FIXTURE_PATH, 'utf8');
const KEY = 'paradiplomacy-dashboard/v1/';
const dir = mkdtempSync(join(tmpdir(), 'pd-datasets-'));

/** Writes `text` to a file named `name` and returns its path. */
function file(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('opening another dataset', () => {
  let server;
  let browser;
  let context;
  let app;
  let dialogs;

  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    dialogs = [];
    page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
    app = new Dashboard(page, server.url);
  });
  afterEach(async () => {
    await context.close();
  });

  const showing = () => app.page.locator('#dataset-showing').innerText();
  const pick = (path) => app.page.locator('.dataset input[type=file]').setInputFiles(path);
  const alertText = async () => {
    const alert = app.page.locator('.dataset .problems');
    await alert.waitFor();
    return alert.innerText();
  };

  it('opens a valid file, remembers it across a reload, and goes back to the bundled dataset', async () => {
    await app.open('?view=timeline');
    assert.match(await showing(), new RegExp(`${DATASET.title.en} \\(bundled dataset\\)`));
    assert.match(await app.page.locator('.dataset').innerText(), /at most 8 MB/);
    await pick(FIXTURE_PATH);
    await app.page.waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('Minimal test dataset'));
    assert.match(await showing(), /Minimal test dataset \(from the file minimal\.json\)/);
    assert.equal(await app.tableRows.count(), 3);

    await app.page.reload();
    await app.ready();
    assert.match(await showing(), /Minimal test dataset/);
    assert.equal(await app.tableRows.count(), 3);

    await app.page.getByRole('button', { name: 'Back to the bundled dataset' }).click();
    await app.page.waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('bundled'));
    assert.equal(await app.tableRows.count(), DATASET.events.length);
    await app.page.reload();
    await app.ready();
    assert.match(await showing(), /bundled dataset/);
    assert.deepEqual(app.consoleErrors, []);
  });

  it('a selected item that the new dataset lacks is dropped from the URL', async () => {
    await app.open(`?view=timeline&item=${DATASET.events[0].id}`);
    await app.detail.waitFor();
    await pick(FIXTURE_PATH);
    await app.page.waitForFunction(() => !document.querySelector('.view-detail .detail'));
    assert.equal(app.query(), '?view=timeline');
  });

  it('broken JSON is refused with its line and column, and the current dataset stays', async () => {
    await app.open('?view=timeline');
    await pick(file('broken.json', FIXTURE.replace('"id": "fixture-minimal",', '"id": "fixture-minimal"')));
    const text = await alertText();
    assert.match(text, /The file was not opened: broken\.json/);
    assert.match(text, /not valid JSON: .*\(line 4, column \d+\)/);
    assert.match(await showing(), /bundled dataset/);
    assert.equal(await app.tableRows.count(), DATASET.events.length);
  });

  it('a wrong type and a dangling reference are named by their JSON path', async () => {
    await app.open('?view=timeline');
    await pick(file('types.json', FIXTURE.replace('"year": 2025', '"year": "2025"')));
    assert.match(await alertText(), /\$\.source\.year: invalid type/);
    await pick(file('dangling.json', FIXTURE.replace('"relationship": "rel-mou"', '"relationship": "rel-nope"')));
    await app.page.waitForFunction(() => document.querySelector('.dataset .problems').innerText.includes('dangling.json'));
    assert.match(await alertText(), /\$\.events\[1\]\.relationship: refers to "rel-nope", which is not one of the relationships/);
    assert.match(await showing(), /bundled dataset/);
  });

  it('a 50 MB file is refused before it is read', async () => {
    await app.open('?view=timeline');
    const big = file('big.json', ' '.repeat(50 * 1024 * 1024));
    await pick(big);
    assert.match(await alertText(), /the file is 52428800 bytes; the largest dataset this dashboard opens is 8388608 bytes/);
    assert.equal(await app.tableRows.count(), DATASET.events.length);
  });

  it('200-level nesting is refused with a message, not a crash', async () => {
    await app.open('?view=timeline');
    await pick(file('deep.json', `${'['.repeat(200)}${']'.repeat(200)}`));
    assert.match(await alertText(), /The file was not opened: deep\.json/);
    assert.equal(await app.fatal.isVisible(), false);
  });

  it('markup and script in the data are shown as text, and nothing runs', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const hostile = FIXTURE
      .replace('"en": "Minimal test dataset"', `"en": ${JSON.stringify(evil)}`)
      .replace('"en": "MoU signed"', `"en": ${JSON.stringify(`MoU ${evil}`)}`)
      .replaceAll('"quote": "MoU 2016"', `"quote": ${JSON.stringify(`MoU 2016 ${evil}`)}`);
    await app.open('?view=timeline');
    await pick(file('hostile.json', hostile));
    await app.page.waitForFunction(() => document.querySelector('.dataset-title').textContent.includes('<img'));
    assert.equal(await app.page.locator('.dataset-title').innerText(), evil);
    await app.chooseInTable('ev-mou');
    await app.detail.waitFor();
    assert.match(await app.detailQuotes.first().innerText(), /<script>alert\(2\)<\/script>/);
    assert.equal(await app.page.locator('body img, body script').count(), 0);
    assert.deepEqual(dialogs, []);
  });

  it('a file dropped onto the page is opened', async () => {
    await app.open('?view=timeline');
    await app.page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, FIXTURE);
    await app.page.waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('dropped.json'));
    assert.equal(await app.tableRows.count(), 3);
  });

  it('with storage full, the dataset is shown and the reader is told it will not be remembered', async () => {
    await context.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await app.open('?view=timeline');
    await pick(FIXTURE_PATH);
    const notice = app.page.locator('.dataset .notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /would not store it/);
    assert.equal(await app.tableRows.count(), 3);
  });

  it('a stored dataset that no longer loads is reported, kept, and backed up before it is replaced', async () => {
    await context.addInitScript(([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(`${key}dataset/text`, '{"schema_version": 99');
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY]);
    await app.open('?view=timeline');
    const notice = app.page.locator('.dataset .notice');
    await notice.waitFor();
    assert.match(await notice.innerText(), /can no longer be read/);
    assert.match(await showing(), /bundled dataset/);
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(`${k}dataset/text`), KEY), '{"schema_version": 99');
    await pick(FIXTURE_PATH);
    await app.page.waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('Minimal'));
    assert.equal(await app.page.evaluate((k) => localStorage.getItem(`${k}dataset/unreadable-backup`), KEY), '{"schema_version": 99');
  });
});
