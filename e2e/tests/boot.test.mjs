// Start-up failures (public/boot.js, inlined into index.html): whatever keeps the app from
// mounting, the reader gets the error block in their language, saying what to do, never a blank
// page: the wasm-bindgen glue missing (404), changed after the build (integrity mismatch),
// refused cross-origin in a sandboxed frame, or the app never mounting. Once the app is up,
// none of this shows the block.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dashboardSuite } from '../lib/suite.mjs';
import { DIST, startServer } from '../lib/server.mjs';

/** The wasm-bindgen glue of the build (the module Trunk's loader imports). */
const GLUE = readdirSync(DIST).find((f) => /^paradiplomacy-dashboard-[0-9a-f]+\.js$/.test(f));
const GLUE_URL = new RegExp(`/${GLUE.replace(/[.]/g, '\\.')}$`);

/** The visible text of the error block in `frame` (a page or a frame locator). */
const blockText = (frame) => frame.locator('#fatal').innerText();

describe('start-up failures', () => {
  const s = dashboardSuite();

  /** Waits for the error block of `frame` to be visible and returns its text and detail. */
  async function shown(frame = s.app.page) {
    await frame.locator('#fatal').waitFor({ state: 'visible' });
    return { text: await blockText(frame), detail: await frame.locator('#fatal-detail').innerText() };
  }

  it('finds the glue module of the build', () => {
    assert.ok(GLUE, `no paradiplomacy-dashboard-<hash>.js in ${DIST}`);
    assert.match(readFileSync(join(DIST, 'index.html'), 'utf8'), new RegExp(GLUE.replace('.', '\\.')));
  });

  it('a glue module the host does not have (404) shows the error block, in English', async () => {
    await s.app.page.route(GLUE_URL, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    await s.app.page.goto(`${s.server.url}timeline.html`);
    const { text, detail } = await shown();
    assert.match(text, /The dashboard hit an error/);
    assert.match(text, /Reload the page/);
    assert.doesNotMatch(text, /Terjadi kesalahan|Muat ulang/, 'one language, the reader\'s');
    assert.doesNotMatch(text, /Shown inside another site/, 'not embedded: no word about frames');
    assert.match(detail, new RegExp(`did not load: .*${GLUE.replace('.', '\\.')}`));
    await s.app.page.waitForFunction(() => /HTTP 404/.test(document.getElementById('fatal-detail').textContent));
    // Reload reloads this very view, not the overview.
    assert.equal(await s.app.page.getByRole('link', { name: 'Reload' }).getAttribute('href'), `${s.server.url}timeline.html`);
  });

  it('in Indonesian when the reader asked for it (?lang=id)', async () => {
    await s.app.page.route(GLUE_URL, (route) => route.fulfill({ status: 404, body: '' }));
    await s.app.page.goto(`${s.server.url}matrix.html?lang=id`);
    const { text } = await shown();
    assert.match(text, /Terjadi kesalahan pada dasbor/);
    assert.match(text, /Muat ulang halaman/);
    assert.doesNotMatch(text, /The dashboard hit an error/);
  });

  it('in Indonesian when the browser speaks it and nothing else was chosen', async () => {
    await s.newContext({ locale: 'id-ID' });
    await s.app.page.route(GLUE_URL, (route) => route.fulfill({ status: 404, body: '' }));
    await s.app.page.goto(s.server.url);
    assert.match((await shown()).text, /Terjadi kesalahan pada dasbor/);
  });

  it('a glue module changed after the build (integrity mismatch) shows the error block', async () => {
    // The changed module is made from the build's file up front: a handler that fetched it
    // could still be reading the response when the test's context closes (a preload and the
    // script may each ask), which ends as an unhandled rejection after the test.
    const changed = `${readFileSync(join(DIST, GLUE), 'utf8')}\n// changed by a proxy\n`;
    await s.app.page.route(GLUE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: changed }));
    await s.app.page.goto(s.server.url);
    const { text } = await shown();
    assert.match(text, /The dashboard hit an error/);
    await s.app.page.waitForFunction(() => /integrity hash/.test(document.getElementById('fatal-detail').textContent));
  });

  it('a WebAssembly the host does not have (404) shows the error block', async () => {
    await s.app.page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }));
    await s.app.page.goto(s.server.url);
    const { text, detail } = await shown();
    assert.match(text, /The dashboard hit an error/);
    assert.notEqual(detail.trim(), '');
  });

  it('an app that never mounts, with no error at all, shows the block after a while; it goes if the app mounts after all', async () => {
    const page = s.app.page;
    // The WebAssembly arrives in full, then waits until the test lets it go: no error, no app.
    await page.addInitScript(() => {
      const instantiate = WebAssembly.instantiate.bind(WebAssembly);
      let release;
      const gate = new Promise((resolve) => { release = resolve; });
      window.releaseWasm = () => release();
      WebAssembly.instantiateStreaming = (source, imports) => Promise.resolve(source)
        .then((response) => response.arrayBuffer())
        .then((bytes) => gate.then(() => instantiate(bytes, imports)));
      // (The fake clock stubs performance.getEntries*; an observer still sees the arrival.)
      new PerformanceObserver((list) => {
        if (list.getEntries().some((e) => e.name.endsWith('.wasm'))) window.wasmArrived = true;
      }).observe({ type: 'resource', buffered: true });
    });
    await page.clock.install();
    await page.goto(s.server.url);
    await page.waitForFunction(() => document.readyState === 'complete' && window.wasmArrived);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
    await page.clock.fastForward(10_000);
    assert.equal(await s.app.fatal.isVisible(), false, 'not while it may still be starting');
    await page.clock.fastForward(10_000);
    const { text, detail } = await shown();
    assert.match(text, /The dashboard hit an error/);
    assert.match(detail, /had not started within 15 s of its WebAssembly arriving/);

    await page.evaluate(() => window.releaseWasm());
    await s.app.ready();
    await s.app.fatal.waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#fatal-detail').textContent(), '');
  });

  it('a slow download of the WebAssembly is not taken for a failure, up to two minutes', async () => {
    const page = s.app.page;
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue().catch((e) => { if (!page.isClosed()) throw e; });
    });
    await page.clock.install();
    await page.goto(s.server.url);
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.clock.fastForward(60_000);
    assert.equal(await s.app.fatal.isVisible(), false, 'a minute into the download');
    await page.clock.fastForward(61_000);
    assert.match((await shown()).detail, /had not started 120 s after the page loaded/);
    release();
    await s.app.ready();
    await s.app.fatal.waitFor({ state: 'hidden' });
  });

  it('once the app is up, errors and time never show the block', async () => {
    const page = s.app.page;
    await page.clock.install();
    await s.app.open('timeline.html');
    await page.evaluate(() => {
      document.querySelector('script[type="module"]').dispatchEvent(new Event('error'));
      window.dispatchEvent(new ErrorEvent('error', { message: 'late' }));
    });
    await page.clock.fastForward(60_000);
    assert.equal(await s.app.fatal.isVisible(), false);
    assert.equal(await page.locator('#fatal-detail').textContent(), '');
  });
});

describe('start-up failure in a sandboxed frame on a host without CORS', () => {
  const s = dashboardSuite();
  let host;
  const dir = mkdtempSync(join(tmpdir(), 'pd-host-'));
  before(async () => { host = await startServer({ root: dir, host: '127.0.0.2' }); });
  after(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the error block in the frame, with the advice to open the dashboard on its own', async () => {
    // An opaque origin (sandbox without allow-same-origin) fetches the modules cross-origin;
    // this host sends no Access-Control-Allow-Origin, so they are refused. The frame's address
    // is an older link (`?view=`), as host pages written before the views had pages keep it: it
    // is the view's page that opens, and the one the advice links to.
    writeFileSync(join(dir, 'host.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>University</title></head>
<body><h1>Our research</h1>
<iframe id="dash" src="${s.server.url}?view=timeline&embed=1" title="Paradiplomacy dashboard" width="900" height="600" sandbox="allow-scripts"></iframe>
</body></html>`);
    await s.app.page.goto(`${host.url}host.html`);
    const frame = s.app.page.frameLocator('#dash');
    await frame.locator('#fatal').waitFor({ state: 'visible' });
    const text = await blockText(frame);
    assert.match(text, /The dashboard hit an error/);
    assert.match(text, /Shown inside another site\?/);
    const open = frame.getByRole('link', { name: 'open the dashboard on its own' });
    assert.equal(await open.getAttribute('href'), `${s.server.url}timeline.html`);
    assert.equal(await open.getAttribute('target'), '_blank');
    assert.match(await frame.locator('#fatal-detail').innerText(), /did not load/);
    await frame.locator('#fatal-detail', { hasText: 'Access-Control-Allow-Origin' }).waitFor();
    assert.equal(await frame.locator('html[data-app-ready]').count(), 0);
  });
});
