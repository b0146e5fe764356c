// Seminar mode (the story, keys and clickers, presenter and audience windows in step, projector
// theme) and embed mode (a cross-origin iframe on 127.0.0.2, the height message, storage blocked
// in a sandboxed frame, the Embed dialog).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dashboardSuite } from '../lib/suite.mjs';
import { startServer } from '../lib/server.mjs';
import { axeViolations } from '../lib/axe.mjs';
import { addressOf, DATASET } from '../pages/dashboard.mjs';

const STORY = DATASET.story;

/** The story step shown in the story bar of `page`. */
const barStep = (page) => page.locator('.story-bar').getAttribute('data-step');
const waitStep = (page, id, where = '.story-bar') =>
  page.waitForFunction(([sel, id]) => document.querySelector(sel)?.dataset.step === id, [where, id]);

describe('seminar mode', () => {
  const s = dashboardSuite({ permissions: ['clipboard-read', 'clipboard-write'] });

  it('walks the story with the keys a clicker sends, each step its own view, filters and item', async () => {
    await s.app.open();
    const page = s.app.page;
    await page.getByRole('button', { name: 'Present' }).click();
    await waitStep(page, STORY[0].id);
    assert.match(await page.locator('.story-bar').innerText(), new RegExp(`1 of ${STORY.length}`, 'i'));
    assert.equal(await page.locator('.story-bar h2').innerText(), STORY[0].title.en);
    assert.equal(await s.app.detailItem(), STORY[0].item);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-present')), true);

    const expectStep = async (i) => {
      await waitStep(page, STORY[i].id);
      const { view, query } = await s.app.address();
      const q = new URLSearchParams(query);
      assert.equal(q.get('step'), STORY[i].id);
      assert.equal(view, STORY[i].view, `step ${i}: its view's page`);
      assert.equal(q.get('partner'), STORY[i].filters?.partner ?? null);
      await page.waitForFunction((id) => document.querySelector('.view-detail .detail')?.dataset.item === id, STORY[i].item);
      assert.equal(await page.locator('.story-caption').innerText(), STORY[i].caption.en);
    };
    await page.keyboard.press('ArrowRight');
    await expectStep(1);
    await page.keyboard.press('PageDown');
    await expectStep(2);
    // Focus stays off the detail panel while presenting, so Space (some clickers) advances.
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
    await page.keyboard.press(' ');
    await expectStep(3);
    await page.keyboard.press('PageUp');
    await expectStep(2);
    await page.keyboard.press('End');
    await expectStep(STORY.length - 1);
    assert.equal(await page.locator('.story-next').isDisabled(), true);
    await page.keyboard.press('Home');
    await expectStep(0);
    // Back goes to the previous step, as any view change does.
    await page.keyboard.press('ArrowRight');
    await expectStep(1);
    await page.goBack();
    await expectStep(0);

    // Keys typed into a field are the field's: a note written during the talk.
    await page.locator('.item-notes .add-note').click();
    await page.locator('.note-editor textarea').press('ArrowRight');
    await page.keyboard.type('Asked about this ');
    await page.locator('.note-editor textarea').press('PageDown');
    assert.equal(await barStep(page), STORY[0].id);
    assert.equal(await page.locator('.note-editor textarea').inputValue(), 'Asked about this ');
    await page.locator('.note-editor button').click();

    await page.evaluate(() => document.activeElement.blur());
    await page.keyboard.press('Escape');
    await page.locator('.story-bar').waitFor({ state: 'detached' });
    assert.equal(new URLSearchParams((await s.app.address()).query).get('step'), null);
    assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-present')), false);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('opens a step from its permalink, and the permalink survives a reload', async () => {
    const step = STORY[3];
    await s.app.open(`?step=${step.id}&lang=id`);
    await waitStep(s.app.page, step.id);
    assert.equal(await s.app.page.locator('.story-bar h2').innerText(), step.title.id);
    assert.equal(await s.app.detailItem(), step.item);
    const shown = await s.app.address();
    assert.equal(shown.view, step.view, `the step's view, on its own page: ${s.app.page.url()}`);
    assert.equal(new URLSearchParams(shown.query).get('partner'), step.filters.partner);
    await s.app.page.reload();
    await s.app.ready();
    await waitStep(s.app.page, step.id);
    assert.match(await s.app.page.locator('.story-bar').innerText(), new RegExp(`4 dari ${STORY.length}`, 'i'));
  });

  it('keeps the presenter window and the audience window on the same step, both ways', async () => {
    await s.app.open(`?step=${STORY[0].id}`);
    const audience = s.app.page;
    await waitStep(audience, STORY[0].id);
    const [presenter] = await Promise.all([
      s.context.waitForEvent('page'),
      audience.locator('.story-presenter').click(),
    ]);
    await presenter.waitForSelector('.presenter-current');
    await waitStep(presenter, STORY[0].id, '.presenter-current');
    assert.match(await presenter.locator('.speaker-notes').innerText(), new RegExp(STORY[0].speaker_notes.en.slice(0, 30)));
    assert.match(await presenter.locator('.presenter-next').innerText(), new RegExp(STORY[1].title.en));
    assert.match(await presenter.locator('.elapsed').innerText(), /^\d\d:\d\d$/);

    await presenter.keyboard.press('ArrowRight');
    await waitStep(presenter, STORY[1].id, '.presenter-current');
    await waitStep(audience, STORY[1].id);
    await audience.locator('.story-next').click();
    await waitStep(audience, STORY[2].id);
    await waitStep(presenter, STORY[2].id, '.presenter-current');

    // A third page of the same origin posting on the channel: only the documented shape naming
    // a real step is acted on.
    const other = await s.context.newPage();
    await other.goto(`${s.server.url}404.html`);
    await other.evaluate(() => {
      const c = new BroadcastChannel('paradiplomacy-dashboard/present');
      c.postMessage('story-step');
      c.postMessage({ type: 'story-step', step: 'no-such-step' });
      c.postMessage({ type: 'navigate', step: 'story-opening-tangsel' });
      c.postMessage({ type: 'story-step', step: 42 });
    });
    await audience.waitForTimeout(300);
    assert.equal(await barStep(audience), STORY[2].id);
    await other.evaluate((id) => new BroadcastChannel('paradiplomacy-dashboard/present').postMessage({ type: 'story-step', step: id }), STORY[5].id);
    await waitStep(audience, STORY[5].id);
    await waitStep(presenter, STORY[5].id, '.presenter-current');
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('has a high-contrast projector theme that passes axe with the story bar on screen', async () => {
    await s.app.open(`?step=${STORY[4].id}`);
    const toggle = s.app.page.locator('.story-bar .story-projector');
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
    await s.app.page.waitForFunction(() => document.documentElement.dataset.theme === 'projector');
    await s.app.chartDrawn();
    assert.deepEqual(await axeViolations(s.app.page), []);
    await s.app.page.reload();
    await s.app.ready();
    assert.equal(await s.app.page.evaluate(() => document.documentElement.dataset.theme), 'projector');
    // Also a choice of the theme menu outside the story.
    await s.app.page.keyboard.press('Escape');
    assert.equal(await s.app.page.locator('.theme-switch select').inputValue(), 'projector');
  });

  it('the Embed dialog gives the iframe snippet of the view on screen', async () => {
    await s.app.open('matrix.html?partner=daejeon');
    await s.app.page.locator('.embed-open').click();
    const dialog = s.app.page.locator('dialog.embed-dialog');
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/matrix\.html\?partner=daejeon&amp;embed=1" title="([^"]*)"/);
    // The frame is titled by the dataset it shows.
    assert.equal(code.match(/ title="([^"]*)"/)[1], DATASET.title.en);
    assert.match(code, /allow="fullscreen"/);
    await dialog.locator('.embed-copy').click();
    assert.equal(await s.app.page.evaluate(() => navigator.clipboard.readText()), code);
    assert.deepEqual(await axeViolations(s.app.page), []);
    await s.app.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });
});

describe('embed mode in a cross-origin frame', () => {
  const s = dashboardSuite();
  let host;
  const dir = mkdtempSync(join(tmpdir(), 'pd-host-'));
  before(async () => { host = await startServer({ root: dir, host: '127.0.0.2' }); });
  after(async () => { await host?.close(); });

  /** A university page on 127.0.0.2 framing the dashboard (127.0.0.1) at `address` (relative to it). */
  function hostPage(name, address, extra = '', app = s.server) {
    writeFileSync(join(dir, name), `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>University</title></head>
<body><h1>Our research</h1>
<iframe id="dash" src="${app.url}${address}" title="Paradiplomacy dashboard" width="900" height="300" style="border:0" allow="fullscreen" ${extra}></iframe>
<script>
  window.heights = [];
  addEventListener('message', (e) => {
    if (e.origin !== ${JSON.stringify(app.url.replace(/\/$/, ''))} && e.origin !== 'null') return;
    if (e.data && e.data.type === 'paradiplomacy-dashboard:height' && Number.isInteger(e.data.height)) {
      window.heights.push(e.data.height);
      document.getElementById('dash').style.height = e.data.height + 'px';
    }
  });
</script></body></html>`);
    return `${host.url}${name}`;
  }

  it('shows one view compactly, links out to the full dashboard, and posts its height', async () => {
    const page = s.app.page;
    await page.goto(hostPage('host.html', 'matrix.html?partner=daejeon&embed=1'));
    const frame = page.frameLocator('#dash');
    await frame.locator('html[data-app-ready] .view-matrix').waitFor();
    assert.equal(await frame.locator('.view-nav').count(), 0);
    assert.equal(await frame.locator('.dataset').count(), 0);
    const open = frame.locator('.embed-bar a.open-full');
    assert.equal(await open.getAttribute('target'), '_blank');
    const full = await open.getAttribute('href');
    assert.equal(new URL(full).origin + '/', s.server.url);
    assert.deepEqual(addressOf(full), { view: 'matrix', query: 'partner=daejeon' });
    await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 300);
    const posted = await page.evaluate(() => window.heights.at(-1));
    const box = await page.locator('#dash').boundingBox();
    assert.ok(Math.abs(box.height - posted) <= 1, `${box.height} vs ${posted}`);

    // The frame follows its content down as well as up: fold the table away.
    await frame.locator('details.chart-table > summary').click();
    await page.waitForFunction((h) => window.heights.at(-1) < h - 100, posted);
    const smaller = await page.evaluate(() => window.heights.at(-1));
    assert.ok(Math.abs((await page.locator('#dash').boundingBox()).height - smaller) <= 1);

    // Messages from the host: only the documented request is answered; nothing else does anything.
    const before = await page.evaluate(() => window.heights.length);
    await page.evaluate(() => {
      const w = document.getElementById('dash').contentWindow;
      w.postMessage({ type: 'paradiplomacy-dashboard:navigate', query: 'view=timeline' }, '*');
      w.postMessage('paradiplomacy-dashboard:get-height', '*');
      w.postMessage({ type: 'paradiplomacy-dashboard:get-height' }, '*');
    });
    await page.waitForFunction((n) => window.heights.length === n + 1, before);
    assert.equal(await frame.locator('.view-matrix').count(), 1);

    // Notes work in the frame (storage is the frame's own, partitioned by the host site).
    const f = page.frame({ url: /127\.0\.0\.1/ });
    await f.locator('.notes-toggle').click();
    await f.locator('#notes-panel .new-note').click();
    await f.locator('.note-editor textarea').fill('Noted inside the frame');
    await f.locator('.note-editor button').click();
    assert.equal(await f.locator('.notes-banner').count(), 0);
    assert.equal(await f.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('/note/')).length), 1);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('in a sandboxed frame without storage, notes live in memory and the banner says so', async () => {
    const page = s.app.page;
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // A sandbox without allow-same-origin gives the frame an opaque origin: no storage at all,
    // and its module and wasm fetches are cross-origin, so the host must allow CORS.
    const corsApp = await startServer({ cors: true });
    // The frame's address is an older embed link (`?view=`), as a host page written before the
    // views had pages keeps it: the frame opens the view's page.
    await page.goto(hostPage('sandboxed.html', '?view=timeline&embed=1&item=ev-mou-2016', 'sandbox="allow-scripts allow-popups"', corsApp));
    const f = page.frameLocator('#dash');
    await f.locator('html[data-app-ready] .view-timeline').waitFor();
    const frame = await (await page.$('#dash')).contentFrame();
    assert.deepEqual(addressOf(frame.url()), { view: 'timeline', query: 'item=ev-mou-2016&embed=1' });
    await f.locator('.notes-banner[data-status="no-storage"]').waitFor();
    await f.locator('.item-notes .add-note').click();
    await f.locator('.note-editor textarea').fill('Only in this tab');
    await f.locator('.note-editor button').click();
    assert.equal(await f.locator('.item-notes .note-text').innerText(), 'Only in this tab');
    assert.equal(await f.locator('#fatal').isVisible(), false);
    assert.deepEqual(errors, []);
    await corsApp.close();
  });
});
