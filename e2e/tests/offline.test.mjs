// Offline use (tools/postbuild/offline.mjs, its sw-template.js, public/sw-register.js and
// public/manifest.webmanifest): after one visit the dashboard opens and works with no network; a
// new build is downloaded beside the open one (looked for when a tab is shown again, hourly),
// announced, and taken only when asked for, never mixed with the old one; the app manifest and
// its icons are served; sw.js lists the whole build (the baked chart pictures aside: they are
// kept as they are shown) and is the same however often it is made.
import { afterEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { dashboardSuite } from '../lib/suite.mjs';
import { DIST } from '../lib/server.mjs';
import { pageOf, VIEWS } from '../pages/dashboard.mjs';

const POSTBUILD = fileURLToPath(new URL('../../tools/postbuild.mjs', import.meta.url));
const PREFIX = 'paradiplomacy-dashboard-';
const APPLY_BUTTON = /^reload now$/i;

/** The VERSION written into `dir`/sw.js. */
const versionIn = (dir) => readFileSync(join(dir, 'sw.js'), 'utf8').match(/const VERSION = '([0-9a-f]+)'/)[1];

/** A copy of the build with `edit` applied to each view's page, finished as the build does it. */
function newBuild(edit) {
  const dir = mkdtempSync(join(tmpdir(), 'pd-build-'));
  cpSync(DIST, dir, { recursive: true });
  if (edit) {
    for (const page of VIEWS.map(pageOf)) writeFileSync(join(dir, page), edit(readFileSync(join(dir, page), 'utf8')));
  }
  execFileSync(process.execPath, [POSTBUILD, dir], { stdio: 'pipe' });
  return dir;
}

/** Waits until a service worker of this build controls `page`, its cache complete. */
const controlled = (page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

/** The names of the dashboard's caches in the page's origin. */
const ourCaches = (page) =>
  page.evaluate((prefix) => caches.keys().then((names) => names.filter((n) => n.startsWith(prefix))), PREFIX);

/** A second build: the first with a marker in every page. */
const markedB = () => newBuild((html) => html.replace('</title>', '</title>\n  <meta name="e2e-build" content="B">'));
/** The marker of the build on screen: 'B' or null. */
const markerOf = (page) => page.evaluate(() => document.querySelector('meta[name="e2e-build"]')?.content ?? null);

describe('offline', () => {
  const s = dashboardSuite();
  const temporary = [];
  afterEach(() => {
    s.server.setRoot(DIST);
    for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('after one visit, opens any view in either language with no network, by link or reload', async () => {
    const page = s.app.page;
    await s.app.open('timeline.html');
    await controlled(page);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.updateReady), undefined,
      'a first visit is not an update');
    await s.context.setOffline(true);
    const served = s.server.requests.length;

    await s.app.open('matrix.html?lang=id');
    assert.equal(await page.locator('#view-title').innerText(), 'Matriks sektor');
    assert.equal(await page.locator('table.data-table caption', { hasText: 'Tabel matriks (alternatif grafik)' }).count(), 1);
    await s.app.chartDrawn();
    assert.ok(await s.app.tableRows.count() > 0);

    // Another view in place, then a reload of it.
    await page.locator('.view-nav a', { hasText: 'Linimasa' }).click();
    await page.waitForFunction(() => document.querySelector('#view-title')?.innerText === 'Linimasa');
    await s.app.chartDrawn();
    // A reload reloads the address bar's page: the app writes it after the view's first frames.
    await s.app.addressBecomes('timeline', 'lang=id');
    await page.reload();
    await s.app.ready();
    assert.equal(await page.locator('#view-title').innerText(), 'Linimasa');
    assert.deepEqual(await s.app.address(), { view: 'timeline', query: 'lang=id' });
    await s.app.chartDrawn();

    assert.equal(s.server.requests.length, served, 'nothing reached the server while offline');
    assert.equal(await s.app.fatal.isVisible(), false);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('after one visit, writes and opens a spreadsheet with no network (the spreadsheet worker is precached)', async () => {
    const page = s.app.page;
    await s.app.open('timeline.html');
    await controlled(page);
    await s.context.setOffline(true);
    const served = s.server.requests.length;
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.getByRole('button', { name: 'Download this dataset as a spreadsheet (.xlsx)' }).click(),
    ]);
    const path = join(mkdtempSync(join(tmpdir(), 'pd-offline-sheet-')), 'offline.xlsx');
    temporary.push(dirname(path));
    await download.saveAs(path);
    await page.locator('.dataset input[type=file]').setInputFiles(path);
    await page.waitForFunction(() => document.querySelector('#dataset-showing').innerText.includes('offline.xlsx'), null, { timeout: 60_000 });
    assert.equal(s.server.requests.length, served, 'nothing reached the server while offline');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a first visit never offers an update, even when the worker has claimed the page before it is heard of', async () => {
    const page = s.app.page;
    // Firefox's order: the page hears that the first worker is "installed" only once that worker
    // has activated and claimed the page. Every statechange is held until the page is
    // controlled, then handed over with the state it reported.
    await page.addInitScript(() => {
      const add = EventTarget.prototype.addEventListener;
      window.held = 0;
      ServiceWorker.prototype.addEventListener = function (type, listener, options) {
        if (type !== 'statechange') return add.call(this, type, listener, options);
        const worker = this;
        return add.call(this, type, (event) => {
          const state = worker.state;
          window.held += 1;
          const container = navigator.serviceWorker;
          new Promise((resolve) => (container.controller ? resolve() : add.call(container, 'controllerchange', resolve, { once: true })))
            .then(() => {
              Object.defineProperty(worker, 'state', { value: state, configurable: true });
              try { listener.call(worker, event); } finally { delete worker.state; window.held -= 1; }
            });
        }, options);
      };
    });
    await s.app.open('timeline.html');
    await controlled(page);
    await page.waitForFunction(() => window.held === 0);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.equal(await page.evaluate(() => document.documentElement.dataset.updateReady), undefined,
      'a first visit is not an update');
    assert.equal(await page.locator('.update-banner').count(), 0);

    // Nor is the next visit to the same version.
    await page.reload();
    await s.app.ready();
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    assert.equal(await page.locator('.update-banner').count(), 0);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a new version waits beside the open tab, is announced, and replaces it only when asked', async () => {
    const page = s.app.page;
    const b = markedB();
    temporary.push(b);
    const [versionA, versionB] = [versionIn(DIST), versionIn(b)];
    assert.notEqual(versionA, versionB, 'a changed file gives a new version');

    await s.app.open('matrix.html');
    await controlled(page);
    await page.evaluate(() => caches.open('another-app-on-this-origin'));
    await page.evaluate(() => addEventListener('paradiplomacy-dashboard:update-ready', () => { window.announced = (window.announced ?? 0) + 1; }));

    // B is deployed; the open tab looks for an update (as it does when shown again after an hour).
    s.server.setRoot(b);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => document.documentElement.dataset.updateReady === '1');
    assert.equal(await page.evaluate(() => window.announced), 1);
    const both = await ourCaches(page);
    assert.equal(both.length, 2);
    assert.ok(both.some((n) => n.includes(versionA)) && both.some((n) => n.includes(versionB)), both.join(', '));

    // The tab keeps running A, and A's worker answers from A's files only, though the server has B.
    assert.equal(await markerOf(page), null);
    for (const other of ['./', './learning.html']) {
      const html = await page.evaluate((url) => fetch(url).then((r) => r.text()), other);
      assert.ok(!html.includes('e2e-build'), `A's worker served B's ${other}`);
    }
    await page.locator('.view-nav a', { hasText: 'Timeline' }).click();
    await page.waitForFunction(() => document.querySelector('#view-title')?.innerText === 'Timeline');
    await s.app.chartDrawn();
    // A reload reloads the address bar's page: the app writes it after the view's first frames.
    await s.app.addressBecomes('timeline', '');

    // A reload alone keeps A (B waits for the reader) and announces B again, at registration.
    await page.reload();
    await s.app.ready();
    assert.equal(await markerOf(page), null);
    await page.waitForFunction(() => document.documentElement.dataset.updateReady === '1');

    // The reader sees the offer, in words, and asks for the new version.
    const banner = page.locator('.update-banner');
    await banner.waitFor();
    assert.match(await banner.innerText(), /new version/i);
    const reloaded = page.waitForEvent('load');
    await banner.getByRole('button', { name: APPLY_BUTTON }).click();
    await reloaded;
    await s.app.ready();
    assert.equal(await markerOf(page), 'B');
    assert.deepEqual(await s.app.address(), { view: 'timeline', query: '' }, 'the reload keeps the view');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.updateReady), undefined);
    const left = await ourCaches(page);
    assert.equal(left.length, 1);
    assert.ok(left[0].includes(versionB), left[0]);
    assert.ok(await page.evaluate(() => caches.has('another-app-on-this-origin')), "another app's cache is left alone");
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a tab shown again looks for a new version, at most once an hour', async () => {
    const page = s.app.page;
    const b = markedB();
    temporary.push(b);
    await s.app.open();
    await controlled(page);
    // The clock stops only now, the worker registered: a page under a stopped clock (which
    // also hides the page's performance marks) is never handed from its baked copy to the app.
    const start = Date.now();
    await page.clock.setFixedTime(start);
    // Each look is a registration.update(): count them.
    await page.evaluate(() => {
      const update = ServiceWorkerRegistration.prototype.update;
      window.looks = 0;
      ServiceWorkerRegistration.prototype.update = function () { window.looks += 1; return update.call(this); };
    });
    s.server.setRoot(b);
    const shownAt = async (minutes) => {
      await page.clock.setFixedTime(start + minutes * 60_000);
      return page.evaluate(() => { document.dispatchEvent(new Event('visibilitychange')); return window.looks; });
    };
    assert.equal(await shownAt(59), 0, 'not within the hour of the registration');
    assert.equal(await shownAt(61), 1);
    await page.waitForFunction(() => document.documentElement.dataset.updateReady === '1');
    assert.equal(await shownAt(120), 1, 'not within the hour of the last look');
    assert.equal(await shownAt(122), 2);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the web app manifest is linked and valid, and every icon it lists is served', async () => {
    const page = s.app.page;
    await s.app.open();
    const href = await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.href);
    assert.ok(href, 'a <link rel="manifest">');
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^application\/manifest\+json/);
    const manifest = await response.json();
    assert.equal(manifest.name, 'Tangerang Selatan paradiplomacy');
    assert.equal(manifest.start_url, './');
    assert.equal(manifest.display, 'standalone');

    // What Chromium makes of it: no parse errors, the app is the page at the server's root, and
    // nothing stands in the way of installing it (but the test's private profile).
    const cdp = await s.context.newCDPSession(page);
    const parsed = await cdp.send('Page.getAppManifest');
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.manifest.startUrl, s.server.url);
    assert.equal(parsed.manifest.scope, s.server.url);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);

    const pngs = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes);
    assert.deepEqual(pngs, ['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, href).href);
      assert.equal(res.status(), 200, icon.src);
      assert.equal(res.headers()['content-type'], icon.type, icon.src);
      if (icon.type === 'image/png') {
        // Width and height from the PNG header (IHDR), as the manifest states them.
        const png = await res.body();
        assert.equal(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`, icon.sizes, icon.src);
      }
    }
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('sw.js caches every file of the build but itself, and is the same whenever it is rebuilt', async () => {
    const page = s.app.page;
    await s.app.open();
    await controlled(page);
    const [cache] = await ourCaches(page);
    const cached = await page.evaluate((name) => caches.open(name)
      .then((c) => c.keys()).then((keys) => keys.map((k) => new URL(k.url).pathname.slice(1))), cache);
    const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(DIST.length + 1))
      .map((f) => (f === 'index.html' ? '' : f));
    assert.ok(!cached.includes('sw.js'), 'sw.js is not in its own precache list');
    // The baked pages' chart pictures are cached as they are shown, not all at install.
    assert.deepEqual(cached.sort(), files.filter((f) => f !== 'sw.js' && !f.startsWith('bake/')).sort());

    // sw.js depends on the files as served, not on an earlier sw.js or on how often the step ran.
    const again = newBuild();
    temporary.push(again);
    const first = readFileSync(join(again, 'sw.js'));
    execFileSync(process.execPath, [POSTBUILD, again], { stdio: 'pipe' });
    assert.ok(first.equals(readFileSync(join(again, 'sw.js'))), 'a second run changed sw.js');
    assert.ok(first.equals(readFileSync(join(DIST, 'sw.js'))),
      "rebuilt sw.js differs from the build's: the offline step must run after every step that changes a file");
  });
});
