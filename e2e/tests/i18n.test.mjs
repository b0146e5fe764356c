// The interface in Indonesian where it used to fall back to English: the storage refusal of an
// opened dataset, the notes panel's tag group, a note stored by a newer version, a refused notes
// file with its number, a download that failed. Each checks the words a reader of `?lang=id`
// sees, and that the English words are not among them.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { dashboardSuite } from '../lib/suite.mjs';
import { KEY, Notes } from '../pages/notes.mjs';

const FIXTURE_PATH = new URL('../../tests/fixtures/minimal.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'pd-i18n-'));

describe('Indonesian everywhere a reader looks', () => {
  const s = dashboardSuite();
  const notes = () => new Notes(s.app.page);

  it('a dataset the browser would not store: the reason is in Indonesian', async () => {
    await s.context.addInitScript(() => {
      Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };
    });
    await s.app.open('timeline.html?lang=id');
    await s.app.page.locator('.dataset input[type=file]').setInputFiles(FIXTURE_PATH);
    const notice = s.app.page.locator('.dataset .notice');
    await notice.waitFor();
    const text = await notice.innerText();
    assert.match(text, /browser tidak mengizinkan menyimpannya/);
    assert.match(text, /Penyimpanan browser untuk situs ini penuh\./);
    assert.doesNotMatch(text, /storage for this site is full/);
  });

  it('the tag filters of the notes panel are named in Indonesian', async () => {
    await s.app.open('?lang=id');
    await s.app.page.evaluate((key) => localStorage.setItem(`${key}note/n-tagged`, JSON.stringify({
      schema: 2, id: 'n-tagged', target: { kind: 'free' }, text: 'Ide #seminar', created: 1700000000000, updated: 1700000000000,
    })), KEY);
    await s.app.page.reload();
    await s.app.ready();
    const n = notes();
    await n.openPanel();
    assert.equal(await n.panel.getByRole('group', { name: 'Tag', exact: true }).count(), 1);
    assert.equal(await n.panel.getByRole('group', { name: 'Tags', exact: true }).count(), 0);
  });

  it('a note stored by a newer version is reported in Indonesian, its schema number with it', async () => {
    await s.app.open('?lang=id');
    await s.app.page.evaluate((key) => localStorage.setItem(`${key}note/n-new`,
      '{"schema":9,"id":"n-new","target":{"kind":"free"},"text":"x","created":1,"updated":1}'), KEY);
    await s.app.page.reload();
    await s.app.ready();
    const banner = notes().banner.filter({ hasText: 'versi dasbor yang lebih baru' });
    await banner.waitFor();
    const text = await banner.innerText();
    assert.match(text, /\(skema 9\)/);
    assert.doesNotMatch(text, /schema/);
  });

  it('a notes file with a note it cannot accept names that note, in Indonesian', async () => {
    await s.app.open('?lang=id');
    const n = notes();
    await n.openPanel();
    const path = join(dir, 'bad-second.json');
    const good = { id: 'n-good', target: { kind: 'free' }, text: 'Baik', created: 1, updated: 1 };
    const bad = { id: 'BAD ID', target: { kind: 'free' }, text: 'x', created: 1, updated: 1 };
    writeFileSync(path, JSON.stringify({ type: 'paradiplomacy-dashboard/notes', version: 2, dataset: 'x', exported: 1, notes: [good, bad] }));
    await n.panel.locator('input.import-notes').setInputFiles(path);
    const alert = n.panel.locator('.notes-transfer .problems');
    await alert.waitFor();
    assert.equal(await alert.locator('.why').innerText(),
      'Sebuah catatan dalam berkas tidak dapat diterima (catatan ke-2); tidak ada yang diimpor.');
  });
});
