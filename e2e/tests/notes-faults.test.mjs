// Notes under hostile input and failing storage: nothing the reader wrote may be lost, and the
// notes panel may never be locked (times no date can hold, storage full through a reload,
// one id twice in an import file, refusals in the reader's language).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dashboardSuite } from '../lib/suite.mjs';
import { KEY, Notes } from '../pages/notes.mjs';

const dir = mkdtempSync(join(tmpdir(), 'pd-notes-faults-'));
const FILE_TYPE = 'paradiplomacy-dashboard/notes';

/** Makes localStorage's `setItem` (only it: the tab's session keeps working) throw a full
 *  quota while `window.__full` is true; `__full` starts as `full` on every page load. */
function localQuotaScript(full) {
  return `(() => {
    const set = Storage.prototype.setItem;
    window.__full = ${full ? 'true' : 'false'};
    Storage.prototype.setItem = function (k, v) {
      if (window.__full && this === window.localStorage) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return set.call(this, k, v);
    };
  })();`;
}

/** Writes a notes export file holding `notes` and returns its path. */
function notesFile(name, notes) {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify({ type: FILE_TYPE, version: 2, dataset: 'x', exported: 1, notes }));
  return path;
}

const free = (id, text, updated, created = 1) => ({ id, target: { kind: 'free' }, text, created, updated });

describe('notes: nothing lost, nothing locked', () => {
  const s = dashboardSuite({
    onPage: (page, suite) => {
      suite.dialogs = [];
      page.on('dialog', async (d) => { suite.dialogs.push(d.type()); await d.accept(); });
    },
  });
  const notes = () => new Notes(s.app.page);

  for (const time of ['9223372036854775808', '9007199254740993', '8640000000000001']) {
    it(`a stored note dated ${time} ms is set aside; the panel still opens, exports and imports`, async () => {
      await s.app.open();
      const n = notes();
      await n.addFree('A good note');
      await n.storedCount(1);
      // Written as raw text: JSON.stringify would round the number to a double.
      await s.app.page.evaluate(([key, time]) => localStorage.setItem(`${key}note/n-late`,
        `{"schema":2,"id":"n-late","target":{"kind":"free"},"text":"From far ahead","created":${time},"updated":${time}}`),
      [KEY, time]);
      await s.app.page.reload();
      await s.app.ready();
      const banner = n.banner.filter({ hasText: 'not a note that can be read' });
      await banner.waitFor();
      assert.match(await banner.innerText(), /later than any date a browser can show/);
      assert.deepEqual(await n.panelTexts(), ['A good note']);
      // The unreadable value is kept whole, to be downloaded.
      const setAside = await n.download(banner.locator('button', { hasText: 'Download the original text' }));
      assert.ok(setAside.text.includes(`"created":${time}`), setAside.text);
      const exported = JSON.parse((await n.download(n.panel.locator('.export-json'))).text);
      assert.deepEqual(exported.notes.map((x) => x.text), ['A good note']);
      assert.equal(await s.app.fatal.isVisible(), false);
      assert.deepEqual(s.app.consoleErrors, []);
    });
  }

  it('an import file with a time no date can hold is refused, in the reader\'s language', async () => {
    await s.app.open('?lang=id');
    const n = notes();
    await n.openPanel();
    const path = join(dir, 'late.json');
    writeFileSync(path, `{"type":"${FILE_TYPE}","version":2,"dataset":"x","notes":[`
      + '{"id":"n-late","target":{"kind":"free"},"text":"x","created":1,"updated":9223372036854775808}]}');
    await n.panel.locator('input.import-notes').setInputFiles(path);
    const alert = n.panel.locator('.notes-transfer .problems');
    await alert.waitFor();
    assert.match(await alert.locator('.why').innerText(), /Sebuah catatan dalam berkas tidak dapat diterima/);
    // The technical detail is there, folded.
    const detail = alert.locator('details.technical');
    assert.equal(await detail.getAttribute('open'), null);
    assert.match(await detail.textContent(), /later than any date/);
    assert.equal(await n.cards.count(), 0);
    assert.equal(await n.panel.locator('.new-note').isVisible(), true);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a file that is not JSON is refused in Indonesian, with the parser\'s words folded under it', async () => {
    await s.app.open('?lang=id');
    const n = notes();
    await n.openPanel();
    const path = join(dir, 'not-json.json');
    writeFileSync(path, '{"type": ');
    await n.panel.locator('input.import-notes').setInputFiles(path);
    const alert = n.panel.locator('.notes-transfer .problems');
    await alert.waitFor();
    assert.equal(await alert.locator('.why').innerText(), 'Berkas ini bukan JSON. Pilih berkas JSON hasil “Ekspor”.');
    assert.doesNotMatch(await alert.innerText(), /EOF while parsing/);
    assert.match(await alert.locator('details.technical').textContent(), /EOF while parsing/);
  });

  it('one id twice in an import file: the preview says so and both notes are kept', async () => {
    await s.app.open();
    const n = notes();
    await n.openPanel();
    const path = notesFile('twice.json', [
      free('n-same', 'The first of two notes under one id', 5),
      free('n-same', 'The second of two notes under one id', 9),
      free('n-same', 'The second of two notes under one id', 9),
    ]);
    await n.panel.locator('input.import-notes').setInputFiles(path);
    const preview = n.panel.locator('.import-preview');
    await preview.waitFor();
    const text = await preview.innerText();
    assert.match(text, /1 new/);
    assert.match(text, /1 added as notes of their own/);
    assert.match(text, /1 read once/);
    await preview.locator('.import-apply').click();
    await n.storedCount(2);
    assert.deepEqual((await n.panelTexts()).sort(), [
      'The first of two notes under one id',
      'The second of two notes under one id',
    ]);
    const stored = Object.values(await n.stored());
    assert.equal(stored.find((x) => x.id === 'n-same').text, 'The second of two notes under one id');
    const copy = stored.find((x) => x.id !== 'n-same');
    assert.equal(copy.text, 'The first of two notes under one id');
    assert.equal(copy.updated, 5);
  });

  it('a note of one endless word with a right-to-left override neither widens the page nor turns the words after it', async () => {
    await s.app.open();
    const n = notes();
    await n.openPanel();
    const path = notesFile('wide.json', [free('n-wide', `\u202E${'x'.repeat(4000)} after`, 5)]);
    await n.panel.locator('input.import-notes').setInputFiles(path);
    await n.panel.locator('.import-apply').click();
    await n.cards.first().waitFor();
    const { scroll, width, bidi } = await s.app.page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      width: window.innerWidth,
      bidi: getComputedStyle(document.querySelector('#notes-panel .note-text p')).unicodeBidi,
    }));
    assert.ok(scroll <= width, `the page is ${scroll} px wide in a ${width} px window`);
    assert.equal(bidi, 'isolate');
    const panel = await n.panel.boundingBox();
    const card = await n.cards.first().boundingBox();
    assert.ok(card.width <= panel.width, `the note is ${card.width} px wide in a ${panel.width} px panel`);
  });

  it('storage full: an unsaved note survives a reload, the reader is told, and it is stored once there is room', async () => {
    await s.app.page.addInitScript(localQuotaScript(true));
    await s.app.open();
    const n = notes();
    await n.addFree('Written while the disk is full', { done: false });
    const full = n.banner.filter({ hasText: 'not saved yet' });
    await full.waitFor();
    await n.storedCount(0);

    // Leaving now asks first.
    await s.app.page.reload();
    await s.app.ready();
    assert.deepEqual(s.dialogs, ['beforeunload']);
    const restored = n.banner.filter({ hasText: 'restored' });
    await restored.waitFor();
    assert.match(await restored.innerText(), /1/);
    await full.waitFor();
    assert.deepEqual(await n.panelTexts(), ['Written while the disk is full']);

    // Room again: the next try stores it, and the session's copy goes.
    await s.app.page.evaluate(() => { window.__full = false; });
    await full.locator('button', { hasText: 'Try saving again' }).click();
    await full.waitFor({ state: 'detached' });
    await n.storedCount(1);
    assert.equal(await s.app.page.evaluate((key) => sessionStorage.getItem(`${key}unsaved`), KEY), null);
    s.dialogs.length = 0;
    await s.app.page.reload();
    await s.app.ready();
    assert.deepEqual(s.dialogs, []);
    assert.deepEqual(await n.panelTexts(), ['Written while the disk is full']);
    assert.equal(await n.banner.count(), 0);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a note deleted while storage is full stays deleted through a reload', async () => {
    await s.app.page.addInitScript(localQuotaScript(false));
    await s.app.open();
    const n = notes();
    await n.addFree('Soon deleted');
    await n.storedCount(1);
    await s.app.page.evaluate(() => { window.__full = true; });
    // A removal needs no room, so block it too: the note's key cannot be removed.
    await s.app.page.evaluate(() => {
      const remove = Storage.prototype.removeItem;
      Storage.prototype.removeItem = function (k) {
        if (window.__full && this === window.localStorage) throw new DOMException('refused', 'SecurityError');
        return remove.call(this, k);
      };
    });
    await n.cards.locator('button', { hasText: 'Delete' }).click();
    await n.banner.filter({ hasText: 'not saved yet' }).waitFor();
    await s.app.page.reload();
    await s.app.ready();
    // Storage still holds it (the removal never happened), but the tab remembers the delete.
    await n.storedCount(0);
    assert.deepEqual(await n.panelTexts(), []);
  });
});
