// The dashboard where the browser holds back, and next to other scripts: "Copy link" and the
// Embed dialog's "Copy code" on plain http (not a secure context: no Clipboard API), in a
// cross-origin frame (the Clipboard API refuses), and where no way of copying works; back and
// forward next to a `window.onpopstate` of the page's own.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { startServer } from '../lib/server.mjs';
import { Dashboard } from '../pages/dashboard.mjs';

/** A host name that is not localhost: a page from it over http is not a secure context. */
const ROOM_HOST = 'seminar-room.test';
const BY_HAND = 'The browser did not allow copying. The text is selected: copy it with Ctrl+C (⌘C on a Mac).';

/** Counts promise rejections nobody handled (a refused `writeText` left on the floor). */
const COUNT_UNHANDLED = () => {
  window.unhandledRejections = [];
  addEventListener('unhandledrejection', (e) => window.unhandledRejections.push(String(e.reason)));
};

/**
 * What the clipboard holds, read by a page of `origin` (127.0.0.1: a secure context, where the
 * Clipboard API may read it) in `context`.
 */
async function clipboardText(context, origin) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const reader = await context.newPage();
  try {
    await reader.goto(`${origin}/clipboard-reader`); // any page of that origin will do
    return await reader.evaluate(() => navigator.clipboard.readText());
  } finally {
    await reader.close();
  }
}

/** Puts a text on the clipboard that no test copies, so a stale clipboard cannot pass. */
async function clearClipboard(context, origin) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const writer = await context.newPage();
  try {
    await writer.goto(`${origin}/clipboard-writer`);
    await writer.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
  } finally {
    await writer.close();
  }
}

/** The page's copy status ("Link copied", or what to do) once it says something. */
async function statusOf(locator) {
  await locator.filter({ hasText: /\S/ }).waitFor();
  return (await locator.innerText()).trim();
}

describe('on plain http from a host name (not a secure context: no navigator.clipboard)', () => {
  let server;
  let browser;
  let context;
  let app;
  let secureOrigin;
  before(async () => {
    server = await startServer();
    secureOrigin = server.url.replace(/\/$/, '');
    browser = await launch([`--host-resolver-rules=MAP ${ROOM_HOST} 127.0.0.1`]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US' });
    await clearClipboard(context, secureOrigin);
    const page = await context.newPage();
    await page.addInitScript(COUNT_UNHANDLED);
    app = new Dashboard(page, server.url.replace('127.0.0.1', ROOM_HOST));
  });
  afterEach(async () => { await context?.close(); });

  it('"Copy link" still puts the link on the clipboard, and says so', async () => {
    await app.open('timeline.html?partner=daejeon');
    assert.deepEqual(
      await app.page.evaluate(() => [window.isSecureContext, typeof navigator.clipboard]),
      [false, 'undefined'],
      'the page runs where the Clipboard API is missing',
    );
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    assert.equal(await statusOf(app.page.locator('.filter-actions > .copied')), 'Link copied');
    assert.equal(await clipboardText(context, secureOrigin), app.page.url());
    assert.equal(await app.page.locator('.copy-by-hand').count(), 0);
    assert.deepEqual(await app.page.evaluate(() => window.unhandledRejections), []);
    assert.deepEqual(app.consoleErrors, []);
  });

  it('the Embed dialog\'s "Copy code" too', async () => {
    await app.open('matrix.html?partner=daejeon');
    await app.page.locator('.embed-open').click();
    const dialog = app.page.locator('dialog.embed-dialog');
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    await dialog.locator('.embed-copy').click();
    assert.equal(await statusOf(dialog.locator('.copied')), 'Code copied');
    assert.equal(await clipboardText(context, secureOrigin), code);
    assert.equal(await dialog.evaluate((d) => d.open), true, 'the dialog stays open');
    assert.deepEqual(await app.page.evaluate(() => window.unhandledRejections), []);
    assert.deepEqual(app.consoleErrors, []);
  });

  it('where copying is refused too, the link is shown selected to copy by hand, and nothing says "copied"', async () => {
    // A browser that refuses `execCommand('copy')` answers false.
    await app.page.addInitScript(() => { Document.prototype.execCommand = () => false; });
    await app.open('timeline.html?partner=daejeon');
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    assert.equal(await statusOf(app.page.locator('.filter-actions > .copied')), BY_HAND);
    const field = app.page.locator('input.copy-by-hand');
    await field.waitFor();
    assert.equal(await field.inputValue(), app.page.url());
    assert.equal(await field.getAttribute('aria-label'), 'Copy link');
    await app.page.waitForFunction(() => document.activeElement?.matches('input.copy-by-hand'));
    assert.deepEqual(
      await field.evaluate((f) => [f.readOnly, f.selectionStart, f.selectionEnd]),
      [true, 0, app.page.url().length],
      'the whole link is selected, ready for Ctrl+C',
    );
    assert.equal(await clipboardText(context, secureOrigin), '(nothing copied yet)');

    // The field and the words go once the view changes: the link shown would be another view's.
    await app.page.locator('select[name=partner]').selectOption('');
    await app.page.waitForFunction(() => !location.search.includes('partner='));
    assert.equal(await field.count(), 0);
    assert.equal((await app.page.locator('.filter-actions > .copied').innerText()).trim(), '');
    assert.deepEqual(await app.page.evaluate(() => window.unhandledRejections), []);
    assert.deepEqual(app.consoleErrors, []);
  });

  it('and in the Embed dialog the snippet is selected in its field, without "Code copied"', async () => {
    // A browser where `execCommand` throws.
    await app.page.addInitScript(() => {
      Document.prototype.execCommand = () => { throw new DOMException('refused', 'SecurityError'); };
    });
    await app.open('matrix.html');
    await app.page.locator('.embed-open').click();
    const dialog = app.page.locator('dialog.embed-dialog');
    await dialog.waitFor();
    await dialog.locator('.embed-copy').click();
    assert.equal(await statusOf(dialog.locator('.copied')), BY_HAND);
    await app.page.waitForFunction(() => document.activeElement?.id === 'embed-code');
    const [start, end, length] = await dialog.locator('textarea').evaluate((t) => [t.selectionStart, t.selectionEnd, t.value.length]);
    assert.deepEqual([start, end], [0, length], 'the whole snippet is selected');
    assert.deepEqual(await app.page.evaluate(() => window.unhandledRejections), []);
    assert.deepEqual(app.consoleErrors, []);
  });
});

describe('in a cross-origin frame without clipboard-write (writeText rejects)', () => {
  const s = dashboardSuite();
  let host;
  const dir = mkdtempSync(join(tmpdir(), 'pd-clip-host-'));
  before(async () => { host = await startServer({ root: dir, host: '127.0.0.2' }); });
  after(async () => { await host?.close(); });

  it('"Copy link" falls back to the older way, and the link reaches the clipboard', async () => {
    const origin = s.server.url.replace(/\/$/, '');
    await clearClipboard(s.context, origin);
    writeFileSync(join(dir, 'host.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>University</title></head>
<body><h1>Our research</h1>
<iframe id="dash" src="${s.server.url}timeline.html?partner=daejeon&embed=1" title="Paradiplomacy dashboard" width="900" height="600" style="border:0"></iframe>
</body></html>`);
    await s.context.addInitScript(COUNT_UNHANDLED);
    const page = s.app.page;
    await page.goto(`${host.url}host.html`);
    const frame = await (await page.waitForSelector('#dash')).contentFrame();
    await frame.waitForSelector('html[data-app-ready] .filter-actions');
    // The frame may not write: its permissions policy leaves clipboard-write out, and
    // `writeText` rejects there (asking would log a policy violation, so the test does not).
    assert.equal(await frame.evaluate(() => document.featurePolicy.allowsFeature('clipboard-write')), false);
    await frame.getByRole('button', { name: 'Copy link' }).click();
    assert.equal(await statusOf(frame.locator('.filter-actions > .copied')), 'Link copied');
    assert.equal(await clipboardText(s.context, origin), await frame.evaluate(() => location.href));
    assert.deepEqual(await frame.evaluate(() => window.unhandledRejections), []);
    assert.deepEqual(s.app.consoleErrors, []);
  });
});

describe('where writeText rejects (a browser that asks, and the reader says no)', () => {
  const s = dashboardSuite();

  it('the Embed dialog\'s "Copy code" falls back to the older way, with no unhandled rejection', async () => {
    const origin = s.server.url.replace(/\/$/, '');
    await clearClipboard(s.context, origin);
    const page = s.app.page;
    await page.addInitScript(COUNT_UNHANDLED);
    await page.addInitScript(() => {
      Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await s.app.open('challenges.html?partner=daejeon');
    await page.locator('.embed-open').click();
    const dialog = page.locator('dialog.embed-dialog');
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    await dialog.locator('.embed-copy').click();
    assert.equal(await statusOf(dialog.locator('.copied')), 'Code copied');
    assert.equal(await clipboardText(s.context, origin), code);
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'embed-copy', 'focus stays on the button');
    assert.deepEqual(await page.evaluate(() => window.unhandledRejections), []);
    assert.deepEqual(s.app.consoleErrors, []);
  });
});

describe('back and forward next to the page\'s own window.onpopstate', () => {
  const s = dashboardSuite();
  const partner = (page) => page.locator('select[name=partner]').inputValue();

  it('a handler set before the app starts still runs, and back/forward still change the view', async () => {
    const page = s.app.page;
    await page.addInitScript(() => {
      window.hostPops = 0;
      window.onpopstate = () => { window.hostPops += 1; };
    });
    await s.app.open('timeline.html');
    await page.locator('select[name=partner]').selectOption('daejeon');
    await page.waitForFunction(() => location.search.includes('partner=daejeon'));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('select[name=partner]').value === '');
    assert.deepEqual(await s.app.address(), { view: 'timeline', query: '' });
    assert.equal(await page.evaluate(() => window.hostPops), 1, 'the page\'s own handler ran');
    await page.goForward();
    await page.waitForFunction(() => document.querySelector('select[name=partner]').value === 'daejeon');
    assert.equal(await page.evaluate(() => window.hostPops), 2);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a handler another script sets later does not take back/forward from the app', async () => {
    const page = s.app.page;
    await s.app.open('timeline.html?partner=daejeon');
    await page.evaluate(() => {
      window.laterPops = 0;
      window.onpopstate = () => { window.laterPops += 1; };
    });
    await page.locator('select[name=partner]').selectOption('');
    await page.waitForFunction(() => !location.search.includes('partner='));
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('partner=daejeon'));
    await page.waitForFunction(() => window.laterPops === 1);
    // The view follows the address: the filter is back.
    await page.waitForFunction(() => document.querySelector('select[name=partner]').value === 'daejeon');
    assert.equal(await partner(page), 'daejeon');
    assert.deepEqual(s.app.consoleErrors, []);
  });
});
