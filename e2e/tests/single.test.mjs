// The single-file build (tools/single.mjs, `make single`): built here from the release build
// into a temporary folder, opened from file:// with every request that is not the file itself
// refused. Every view renders, the language switches, a note outlives a reload, the presenter
// window follows the story (Chromium gives file:// pages one origin), a spreadsheet is said to
// need the served dashboard (no worker from file://), a failed start shows the error block, and
// neither the console nor the Content-Security-Policy complains.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { launch } from '../lib/browser.mjs';
import { cspMeta, hashesIn, recordCspViolations } from '../lib/csp.mjs';
import { DIST } from '../lib/server.mjs';
import { DATASET, Dashboard } from '../pages/dashboard.mjs';
import { Notes } from '../pages/notes.mjs';

const SCRIPT = fileURLToPath(new URL('../../tools/single.mjs', import.meta.url));
const VIEWS = [
  ['overview', 'Overview'], ['timeline', 'Timeline'], ['matrix', 'Sector matrix'],
  ['challenges', 'Challenges'], ['learning', 'Policy learning'], ['evidence', 'Evidence and recommendations'],
];

describe('single file from file://', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pd-single-'));
  const file = join(dir, 'paradiplomacy-dashboard.html');
  const url = pathToFileURL(file).href;
  let printed, browser, context, app, violations, fetched;

  before(async () => {
    printed = execFileSync(process.execPath, [SCRIPT, DIST, dir], { encoding: 'utf8' });
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US' });
    // Anything but the file itself (and data:/blob: URLs it makes) is refused and noted.
    fetched = [];
    await context.route('**/*', (route) => {
      const asked = route.request().url();
      if (/^(data|blob):/.test(asked) || asked.split('?')[0] === url) return route.continue();
      fetched.push(asked);
      return route.abort();
    });
    violations = await recordCspViolations(context);
    app = new Dashboard(await context.newPage(), url);
  });
  afterEach(() => context?.close());

  /** Nothing was fetched, the policy was never violated, the console stayed clean. */
  function assertClean() {
    assert.deepEqual(fetched, []);
    assert.deepEqual(violations, []);
    assert.deepEqual(app.consoleErrors, []);
  }

  it('is one file, its size printed, with a policy that allows exactly its own inline code', async () => {
    assert.deepEqual(readdirSync(dir), ['paradiplomacy-dashboard.html']);
    assert.match(printed, /paradiplomacy-dashboard\.html: \d+\.\d kB \(gzip \d+\.\d kB\)/);
    const html = readFileSync(file, 'utf8');
    // The markup keeps no attribute that fetches (the scripts' own text may name them).
    const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script\s*>/gi, '$1');
    for (const gone of ['integrity=', 'rel="modulepreload"', 'rel="preload"', 'rel="manifest"']) {
      assert.ok(!markup.includes(gone), gone);
    }
    assert.ok(!html.includes('serviceWorker'), 'serviceWorker');
    await app.open();
    const csp = await cspMeta(app.page);
    assert.equal(csp.count, 1);
    assert.ok(csp.firstIsCharset && csp.index === 1, `policy meta at <head> child ${csp.index}`);
    assert.deepEqual(hashesIn(csp.directives['script-src']), [...csp.scriptHashes].sort());
    assert.deepEqual(hashesIn(csp.directives['style-src']), [...csp.styleHashes].sort());
    assert.deepEqual(csp.directives['default-src'], ["'none'"]);
    assert.ok(!csp.content.includes("'self'"), 'nothing relies on an origin file:// does not have');
    assertClean();
  });

  for (const [view, title] of VIEWS) {
    it(`${view}: renders its chart and table`, async () => {
      await app.open(`?view=${view}`);
      assert.equal(await app.page.locator('#view-title').innerText(), title);
      if (view !== 'evidence') await app.chartDrawn();
      assert.ok((await app.tableRows.count()) > 0);
      assertClean();
    });
  }

  it('switches to Indonesian and keeps it through a reload', async () => {
    await app.open('?view=matrix');
    await app.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await app.page.waitForFunction(() => document.querySelector('#view-title')?.innerText === 'Matriks sektor');
    // One file, one page: the view stays in the query (`?view=matrix&lang=id`).
    await app.addressBecomes('matrix', 'lang=id');
    assert.equal(await app.query(), '?view=matrix&lang=id');
    await app.page.reload();
    await app.ready();
    assert.equal(await app.page.locator('#view-title').innerText(), 'Matriks sektor');
    await app.chartDrawn();
    assertClean();
  });

  it('a spreadsheet opened here is said to need the served dashboard, and the dataset on screen stays', async () => {
    await app.open('?view=timeline');
    const rows = await app.tableRows.count();
    await app.page.locator('.dataset input[type=file]').setInputFiles(
      fileURLToPath(new URL('../fixtures/city-errors.xlsx', import.meta.url)));
    const alert = app.page.locator('.dataset .problems');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Spreadsheets work only in the dashboard opened from its web address/);
    assert.match(await app.page.locator('#dataset-showing').innerText(), /bundled dataset/);
    assert.equal(await app.tableRows.count(), rows);
    await app.page.getByRole('button', { name: 'Download this dataset as a spreadsheet (.xlsx)' }).click();
    const said = app.page.locator('.sheet-result');
    await said.waitFor();
    assert.match(await said.innerText(), /Spreadsheets work only in the dashboard opened from its web address/);
    assertClean();
  });

  it('keeps a note in localStorage through a reload', async () => {
    const notes = new Notes(app.page);
    await app.open('?view=timeline');
    await app.page.locator('table.data-table tbody button.link').first().click();
    await app.detail.waitFor();
    await notes.addToOpenItem('Read from file://');
    await notes.storedCount(1);
    await app.page.reload();
    await app.ready();
    assert.deepEqual(await notes.panelTexts(), ['Read from file://']);
    assertClean();
  });

  it('keeps the presenter window on the audience window\'s step', async () => {
    const [first, second] = DATASET.story;
    await app.open(`?step=${first.id}`);
    const [presenter] = await Promise.all([
      context.waitForEvent('page'),
      app.page.locator('.story-presenter').click(),
    ]);
    await presenter.waitForSelector('.presenter-current');
    await presenter.keyboard.press('ArrowRight');
    await app.page.waitForFunction((id) => document.querySelector('.story-bar')?.dataset.step === id, second.id);
    assertClean();
  });

  it('shows the error block when the WebAssembly cannot start', async () => {
    await app.page.addInitScript(() => {
      WebAssembly.instantiateStreaming = () => Promise.reject(new Error('no wasm here'));
      WebAssembly.instantiate = WebAssembly.instantiateStreaming;
    });
    await app.page.goto(url);
    await app.fatal.waitFor();
    assert.match(await app.page.locator('#fatal-detail').innerText(), /no wasm here/);
  });
});
