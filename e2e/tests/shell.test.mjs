// What surrounds the views: search, theme, filters clearing, copy link.
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations } from '../lib/axe.mjs';
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { Dashboard } from '../pages/dashboard.mjs';

describe('shell', () => {
  let server;
  let browser;
  let context;
  let app;

  before(async () => {
    server = await startServer();
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'en-US', colorScheme: 'light' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    app = new Dashboard(await context.newPage(), server.url);
  });
  afterEach(async () => {
    await context.close();
  });

  it('search finds a partner without its accent and a quote, and opens the record in its view', async () => {
    await app.open();
    const box = app.page.getByRole('searchbox');
    await box.fill('timra');
    await app.page.locator('.search-results button[data-item="timra"]').click();
    await app.detail.waitFor();
    assert.equal(await app.detailItem(), 'timra');
    assert.equal(await app.page.locator('#view-title').innerText(), 'Overview');
    await box.fill('anggrek');
    const first = app.page.locator('.search-results button.link').first();
    const id = await first.getAttribute('data-item');
    await first.click();
    await app.page.waitForFunction((item) => location.search.includes(`item=${item}`), id);
    assert.match(await app.page.locator('.view-detail').innerText(), /anggrek/i);
    assert.equal(await box.inputValue(), '', 'the box clears after a choice');
    assert.deepEqual(app.consoleErrors, []);
  });

  it('the theme follows the OS, can be chosen, is remembered, and stays accessible in dark', async () => {
    await context.close();
    context = await browser.newContext({ locale: 'en-US', colorScheme: 'dark' });
    app = new Dashboard(await context.newPage(), server.url);
    await app.open('?view=matrix');
    assert.equal(await app.page.getAttribute('html', 'data-theme'), 'dark');
    await app.chartDrawn();
    assert.deepEqual(await axeViolations(app.page), []);
    await app.page.selectOption('select[name=theme]', 'light');
    await app.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await app.page.reload();
    await app.ready();
    assert.equal(await app.page.getAttribute('html', 'data-theme'), 'light');
    assert.deepEqual(app.consoleErrors, []);
  });

  it('clear filters empties them; copy link copies the exact view', async () => {
    await app.open('?view=timeline&partner=daejeon&from=2015&type=mou');
    await app.page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await app.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, app.page.url());
    await app.page.getByRole('button', { name: 'Clear filters' }).click();
    await app.page.waitForFunction(() => location.search === '?view=timeline');
    assert.equal(await app.page.locator('select[name=partner]').inputValue(), '');
  });
});
