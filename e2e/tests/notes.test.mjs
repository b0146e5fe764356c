// The reader's notes: the ordinary flows and the seven faults that must lose nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dashboardSuite } from '../lib/suite.mjs';
import { Dashboard, DATASET, eventById, fold } from '../pages/dashboard.mjs';
import { KEY, Notes } from '../pages/notes.mjs';
import { axeViolations } from '../lib/axe.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pd-notes-'));
const MOU = 'ev-mou-2016';

/** Makes every `setItem` throw a quota error named `name` while `window.__full` is true. */
function quotaScript(name) {
  return `(() => {
    const set = Storage.prototype.setItem;
    window.__full = false;
    Storage.prototype.setItem = function (k, v) {
      if (window.__full) throw new DOMException('The quota has been exceeded.', ${JSON.stringify(name)});
      return set.call(this, k, v);
    };
  })();`;
}

describe('reader notes', () => {
  const s = dashboardSuite({
    onPage: (page, suite) => {
      suite.dialogs = [];
      page.on('dialog', async (d) => { suite.dialogs.push(d.message()); await d.dismiss(); });
    },
  });
  const notes = () => new Notes(s.app.page);

  it('adds a note to an event, shows its badge, survives a reload and jumps back to the event', async () => {
    await s.app.open(`timeline.html?item=${MOU}`);
    const n = notes();
    await n.addToOpenItem('Signed with #Daejeon; ask about **follow-up**');
    await n.storedCount(1);
    const [stored] = Object.values(await n.stored());
    assert.deepEqual(stored.target, { kind: 'item', id: MOU });
    assert.equal(stored.schema, 2);
    assert.equal(stored.text, 'Signed with #Daejeon; ask about **follow-up**');

    await s.app.page.reload();
    await s.app.ready();
    assert.equal(await n.itemNotes.locator('.note-text').innerText(), 'Signed with #daejeon; ask about follow-up');
    assert.equal(await n.itemNotes.locator('.note-text strong').innerText(), 'follow-up');
    assert.equal((await s.app.page.locator(`tr[data-item="${MOU}"] .note-badge`).innerText()).replace(/\s+/g, ' ').trim(), '✎1 notes');
    assert.equal(await n.toggle.locator('.count').innerText(), '1');

    // From another view, the panel's link goes back to the event.
    await s.app.page.goto(`${s.server.url}matrix.html`);
    await s.app.ready();
    await n.openPanel();
    const title = eventById(MOU).title.en;
    await n.cards.locator('.note-target button').click();
    await s.app.page.waitForFunction(() => document.querySelector('.view-detail .detail')?.dataset.item);
    assert.equal(await s.app.detailItem(), MOU);
    assert.match(await n.cards.locator('.note-target').innerText(), new RegExp(title.slice(0, 20).replace(/[()]/g, '.')));
    assert.deepEqual(await s.app.address(), { view: 'timeline', query: `item=${MOU}` });
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('edits, deletes with undo, searches and filters by tag', async () => {
    await s.app.open();
    const n = notes();
    await n.addFree('First idea #seminar');
    await n.addFree('Second idea about Daejeon #riset');
    await n.addFree('Third #seminar #riset');
    await n.storedCount(3);
    assert.equal(await n.cards.count(), 3);

    // Search: every word must match.
    await n.panel.locator('#notes-search').fill('idea daejeon');
    await s.app.page.waitForFunction(() => document.querySelectorAll('#notes-panel .note').length === 1);
    assert.match(await n.cards.innerText(), /Second idea/);
    await n.panel.locator('#notes-search').fill('');
    // Tags.
    await n.panel.getByRole('button', { name: '#seminar (2)' }).click();
    await s.app.page.waitForFunction(() => document.querySelectorAll('#notes-panel .note').length === 2);
    await n.panel.getByRole('button', { name: 'All tags' }).click();

    // Edit.
    const first = n.cards.filter({ hasText: 'First idea' });
    await first.locator('.note-edit').click();
    await n.editor.press('End');
    await s.app.page.keyboard.type(' (edited)');
    await s.app.page.locator('.note-editor button').click();
    await s.app.page.waitForFunction(() => [...document.querySelectorAll('#notes-panel .note-text')].some((e) => e.innerText.includes('(edited)')));
    await s.app.page.waitForFunction(([prefix]) => Object.keys(localStorage).some((k) => k.startsWith(prefix) && localStorage.getItem(k).includes('(edited)')), [`${KEY}note/`]);
    const edited = Object.values(await n.stored()).find((r) => r.text.includes('(edited)'));
    assert.ok(edited.updated > edited.created);

    // Delete, then undo.
    await n.cards.filter({ hasText: 'Second idea' }).locator('.note-delete').click();
    await n.storedCount(2);
    assert.equal(await n.cards.count(), 2);
    await n.toast.getByRole('button', { name: 'Undo' }).click();
    await n.storedCount(3);
    assert.equal(await n.cards.count(), 3);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('draws many notes a page at a time, and search still reaches all of them', async () => {
    await s.app.open();
    await s.app.page.evaluate((key) => {
      for (let i = 0; i < 120; i++) {
        const id = `n-many-${String(i).padStart(3, '0')}`;
        localStorage.setItem(`${key}note/${id}`, JSON.stringify({
          schema: 2, id, target: { kind: 'free' }, text: `Note number ${i}`, created: 1700000000000 + i, updated: 1700000000000 + i,
        }));
      }
    }, KEY);
    await s.app.page.reload();
    await s.app.ready();
    const n = notes();
    await n.openPanel();
    assert.equal(await n.cards.count(), 50);
    assert.equal(await n.toggle.locator('.count').innerText(), '120');
    const more = n.panel.locator('.show-more');
    assert.match(await more.innerText(), /Show more \(70\)/);
    await more.click();
    await more.click();
    assert.equal(await n.cards.count(), 120);
    assert.equal(await more.count(), 0);
    await n.panel.locator('#notes-search').fill('number 117');
    await s.app.page.waitForFunction(() => document.querySelectorAll('#notes-panel .note').length === 1);
    assert.match(await n.cards.innerText(), /Note number 117$/m);
  });

  it('pins a note to a view with its filters and reopens that view', async () => {
    await s.app.open('matrix.html?partner=daejeon');
    const n = notes();
    await s.app.page.locator('.view-head .view-note').click();
    await n.editor.waitFor();
    await s.app.page.keyboard.type('Matrix for Daejeon only');
    await s.app.page.locator('.note-editor button').click();
    await n.storedCount(1);
    const [stored] = Object.values(await n.stored());
    assert.deepEqual(stored.target, { kind: 'view', query: 'view=matrix&partner=daejeon' });
    await s.app.page.locator('.view-nav a', { hasText: 'Overview' }).click();
    await s.app.page.waitForSelector('.view-overview');
    await n.cards.locator('.note-target button').click();
    await s.app.page.waitForSelector('.view-matrix');
    assert.deepEqual(await s.app.address(), { view: 'matrix', query: 'partner=daejeon' });
  });

  it('fault 1: with storage blocked the app works, notes live in memory, a banner offers export', async () => {
    await s.app.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
      });
    });
    await s.app.open(`timeline.html?item=${MOU}`);
    const n = notes();
    await n.banner.filter({ hasText: 'Notes are not saved in this browser' }).waitFor();
    assert.equal(await n.banner.getAttribute('data-status'), 'no-storage');
    await n.addToOpenItem('Kept in memory only');
    await n.openPanel();
    assert.deepEqual(await n.panelTexts(), ['Kept in memory only']);
    const file = await n.download(n.banner.getByRole('button', { name: 'Export (JSON)' }));
    const parsed = JSON.parse(file.text);
    assert.equal(parsed.type, 'paradiplomacy-dashboard/notes');
    assert.equal(parsed.notes[0].text, 'Kept in memory only');
    // The views still work.
    await s.app.page.locator('.view-nav a', { hasText: 'Sector matrix' }).click();
    await s.app.page.waitForSelector('.view-matrix');
    assert.equal(await s.app.fatal.isVisible(), false);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
    it(`fault 2: a full quota (${name}) keeps the note, says so, and clears after the next save`, async () => {
      await s.app.page.addInitScript(quotaScript(name));
      await s.app.open(`timeline.html?item=${MOU}`);
      const n = notes();
      await s.app.page.evaluate(() => { window.__full = true; });
      await n.addToOpenItem('Written while the disk is full', { done: false });
      const banner = n.banner.filter({ hasText: 'not saved yet' });
      await banner.waitFor();
      assert.equal(await banner.getAttribute('data-status'), 'full');
      assert.match(await banner.innerText(), /storage for this site is full/);
      assert.match(await banner.innerText(), new RegExp(name));
      assert.equal(await n.editor.inputValue(), 'Written while the disk is full');
      await n.storedCount(0);

      await s.app.page.evaluate(() => { window.__full = false; });
      await s.app.page.keyboard.type('!');
      await banner.waitFor({ state: 'detached' });
      await n.storedCount(1);
      await s.app.page.reload();
      await s.app.ready();
      assert.equal(await n.itemNotes.locator('.note-text').innerText(), 'Written while the disk is full!');
      assert.deepEqual(s.app.consoleErrors, []);
    });
  }

  it('fault 3: a corrupt stored note is backed up, the reader told, the other notes kept', async () => {
    await s.app.open();
    const n = notes();
    await n.addFree('A good note');
    await n.storedCount(1);
    await s.app.page.evaluate((key) => {
      localStorage.setItem(`${key}note/n-broken`, '{"schema":2,"id":"n-broken","text":"half a no');
      localStorage.setItem('some-other-app', '<<< not json >>>');
    }, KEY);
    await s.app.page.reload();
    await s.app.ready();
    const banner = n.banner.filter({ hasText: 'not a note that can be read' });
    await banner.waitFor();
    assert.match(await banner.innerText(), new RegExp(`${KEY}corrupt/note/n-broken`));
    const kept = await s.app.page.evaluate((key) => [
      localStorage.getItem(`${key}corrupt/note/n-broken`),
      localStorage.getItem(`${key}note/n-broken`),
      localStorage.getItem('some-other-app'),
    ], KEY);
    assert.deepEqual(kept, ['{"schema":2,"id":"n-broken","text":"half a no', null, '<<< not json >>>']);
    assert.deepEqual(await n.panelTexts(), ['A good note']);
    const file = await n.download(banner.getByRole('button', { name: 'Download the original text' }));
    assert.match(file.text, /half a no/);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('fault 4: two tabs editing different notes both survive, and each sees the other', async () => {
    await s.app.open(`timeline.html?item=${MOU}`);
    const a = notes();
    const pageB = await s.context.newPage();
    const appB = new Dashboard(pageB, s.server.url);
    await appB.open('timeline.html?item=ev-loi-2015');
    const b = new Notes(pageB);
    // Both type before either save is due.
    await a.addToOpenItem('From tab A', { done: false });
    await b.addToOpenItem('From tab B', { done: false });
    await a.storedCount(2);
    await s.app.page.locator('.note-editor button').click();
    await pageB.locator('.note-editor button').click();
    for (const n of [a, b]) {
      await n.openPanel();
      await n.page.waitForFunction(() => document.querySelectorAll('#notes-panel .note').length === 2);
      assert.deepEqual((await n.panelTexts()).sort(), ['From tab A', 'From tab B']);
    }
    // An edit in B reaches A.
    await b.cards.filter({ hasText: 'From tab A' }).locator('.note-edit').click();
    await b.editor.press('End');
    await pageB.keyboard.type(' (seen in B)');
    await pageB.locator('.note-editor button').click();
    await s.app.page.waitForFunction(() => [...document.querySelectorAll('#notes-panel .note-text')].some((e) => e.innerText.includes('(seen in B)')));
    await pageB.close();
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('fault 5: a reload in the middle of typing keeps the text', async () => {
    await s.app.open(`timeline.html?item=${MOU}`);
    const n = notes();
    await n.addToOpenItem('Typed just before the reload', { done: false });
    await s.app.page.reload();
    await s.app.ready();
    assert.equal(await n.itemNotes.locator('.note-text').innerText(), 'Typed just before the reload');
  });

  it('fault 6: markup and script in a note are shown as text and nothing runs', async () => {
    await s.app.open(`timeline.html?item=${MOU}`);
    const n = notes();
    const hostile = '<img src=x onerror=alert(1)> [click](javascript:alert(2)) javascript:alert(3) <script>alert(4)</script> see https://example.org/x';
    await n.addToOpenItem(hostile);
    const shown = n.itemNotes.locator('.note-text');
    assert.equal(await shown.innerText(), hostile);
    assert.equal(await shown.locator('img, script').count(), 0);
    const hrefs = await shown.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.rel]));
    assert.deepEqual(hrefs, [['https://example.org/x', 'noopener noreferrer nofollow']]);
    await s.app.page.reload();
    await s.app.ready();
    await n.openPanel();
    assert.equal(await n.cards.locator('img, script').count(), 0);
    assert.deepEqual(s.dialogs, []);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('fault 7: export, then import into a fresh profile, gives the same notes byte for byte', async () => {
    await s.app.open(`timeline.html?item=${MOU}`);
    const n = notes();
    await n.addToOpenItem('On the MoU: «kerja sama» 대전 ✓\nsecond line\n\n- a list');
    await n.addFree('A free note #later');
    await s.app.page.goto(`${s.server.url}challenges.html?partner=daejeon`);
    await s.app.ready();
    await s.app.page.locator('.view-head .view-note').click();
    await s.app.page.keyboard.type('Challenges seen from Daejeon');
    await s.app.page.locator('.note-editor button').click();
    await n.storedCount(3);
    const first = await n.download(n.panel.locator('.export-json'));
    assert.match(first.name, /^notes-.*\.json$/);
    const exported = JSON.parse(first.text);
    assert.equal(exported.notes.length, 3);
    assert.equal(exported.dataset, DATASET.id);

    // The Markdown handout carries the event's quotes, verbatim.
    const md = await n.download(n.panel.locator('.export-md'));
    assert.match(md.text, /On the MoU/);
    const quote = eventById(MOU).citations[0].quote;
    assert.ok(fold(md.text).includes(fold(quote).slice(0, 60)), 'the MoU quote is in the Markdown');

    // A fresh profile.
    const path = join(dir, first.name);
    writeFileSync(path, first.text);
    const fresh = await s.newContext();
    await fresh.open();
    const m = new Notes(fresh.page);
    await m.openPanel();
    await m.panel.locator('input.import-notes').setInputFiles(path);
    const preview = m.panel.locator('.import-preview');
    await preview.waitFor();
    assert.match(await preview.innerText(), /3 new/);
    await preview.locator('.import-apply').click();
    await m.storedCount(3);
    const again = JSON.parse((await m.download(m.panel.locator('.export-json'))).text);
    assert.equal(JSON.stringify(again.notes), JSON.stringify(exported.notes));

    // Importing the same file again changes nothing.
    await m.panel.locator('input.import-notes').setInputFiles(path);
    await preview.waitFor();
    assert.match(await preview.innerText(), /3 already the same/);
    assert.equal(await preview.locator('.import-apply').isDisabled(), true);
    assert.deepEqual(fresh.consoleErrors, []);
  });

  it('a file that is not a notes file is refused with a reason and changes nothing', async () => {
    await s.app.open();
    const n = notes();
    await n.addFree('Stays');
    await n.openPanel();
    const path = join(dir, 'wrong.json');
    writeFileSync(path, JSON.stringify({ type: 'paradiplomacy-dashboard/notes', version: 2, dataset: 'x', notes: [{ id: 'BAD ID', target: { kind: 'free' }, text: '', created: 1, updated: 1 }] }));
    await n.panel.locator('input.import-notes').setInputFiles(path);
    const alert = n.panel.locator('.notes-transfer .problems');
    await alert.waitFor();
    assert.match(await alert.locator('.why').innerText(), /A note in the file cannot be accepted/);
    assert.match(await alert.locator('details.technical').textContent(), /note 1 \("BAD ID"\)/);
    assert.deepEqual(await n.panelTexts(), ['Stays']);
  });

  it('moves notes stored by the one-key layout to one key each, then removes the old key', async () => {
    await s.app.open();
    await s.app.page.evaluate((key) => localStorage.setItem(`${key}notes`, JSON.stringify({
      schema: 1, notes: [{ id: 'n-old-1', item: 'ev-mou-2016', text: 'From the old layout', saved: 1700000000000 }],
    })), KEY);
    await s.app.page.reload();
    await s.app.ready();
    const n = notes();
    assert.deepEqual(await n.panelTexts(), ['From the old layout']);
    const stored = await n.stored();
    assert.deepEqual(stored['n-old-1'], {
      schema: 2, id: 'n-old-1', target: { kind: 'item', id: 'ev-mou-2016' }, text: 'From the old layout',
      created: 1700000000000, updated: 1700000000000,
    });
    assert.equal(await s.app.page.evaluate((key) => localStorage.getItem(`${key}notes`), KEY), null);
  });

  it('the notes panel and an item with notes pass axe (WCAG 2.1 AA) and work from the keyboard', async () => {
    await s.app.open(`timeline.html?item=${MOU}`);
    const n = notes();
    await n.addToOpenItem('Checked for accessibility #a11y');
    await n.toggle.focus();
    await s.app.page.keyboard.press('Enter');
    await n.panel.waitFor();
    assert.equal(await s.app.page.evaluate(() => document.activeElement.id), 'notes-title');
    assert.deepEqual(await axeViolations(s.app.page), []);
    await s.app.page.keyboard.press('Escape');
    await n.panel.waitFor({ state: 'detached' });
    assert.equal(await s.app.page.evaluate(() => document.activeElement.className), 'notes-toggle');
  });
});
