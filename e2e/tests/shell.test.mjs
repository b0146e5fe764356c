// What surrounds the views: search, theme, filters clearing, copy link.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { axeViolations } from '../lib/axe.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { VIEWS } from '../pages/dashboard.mjs';

describe('shell', () => {
  const s = dashboardSuite({
    contextOptions: { colorScheme: 'light' },
    permissions: ['clipboard-read', 'clipboard-write'],
  });

  it('search finds a partner without its accent and a quote, and opens the record in its view', async () => {
    await s.app.open();
    const box = s.app.page.getByRole('searchbox');
    await box.fill('timra');
    await s.app.page.locator('.search-results button[data-item="timra"]').click();
    await s.app.detail.waitFor();
    assert.equal(await s.app.detailItem(), 'timra');
    assert.equal(await s.app.page.locator('#view-title').innerText(), 'Overview');
    await box.fill('anggrek');
    const first = s.app.page.locator('.search-results button.link').first();
    const id = await first.getAttribute('data-item');
    await first.click();
    await s.app.page.waitForFunction((item) => location.search.includes(`item=${item}`), id);
    const record = await s.app.address();
    assert.ok(VIEWS.includes(record.view), `the record's view, on its own page: ${s.app.page.url()}`);
    assert.equal(record.query, `item=${id}`);
    assert.match(await s.app.page.locator('.view-detail').innerText(), /anggrek/i);
    assert.equal(await box.inputValue(), '', 'the box clears after a choice');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the theme follows the OS, can be chosen, is remembered, and stays accessible in dark', async () => {
    await s.newContext({ colorScheme: 'dark' });
    await s.app.open('matrix.html');
    assert.equal(await s.app.page.getAttribute('html', 'data-theme'), 'dark');
    await s.app.chartDrawn();
    assert.deepEqual(await axeViolations(s.app.page), []);
    await s.app.page.selectOption('select[name=theme]', 'light');
    await s.app.page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
    await s.app.page.reload();
    await s.app.ready();
    assert.equal(await s.app.page.getAttribute('html', 'data-theme'), 'light');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('clear filters empties them; copy link copies the exact view', async () => {
    await s.app.open('timeline.html?partner=daejeon&from=2015&type=mou');
    await s.app.page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await s.app.page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, s.app.page.url());
    await s.app.page.getByRole('button', { name: 'Clear filters' }).click();
    await s.app.addressBecomes('timeline', '');
    assert.equal(await s.app.page.locator('select[name=partner]').inputValue(), '');
  });
});
