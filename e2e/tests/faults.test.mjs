// What a reader should never meet, whatever file they open or link they follow: a dropped file's
// outcome out of sight, a second dropped file ignored in silence, an empty dataset shown as a
// chart error or as "nothing matches" with no filter set, a page made wider than the window by
// one long word, data text that turns the words around it backwards, a story step's bar over
// another view, and a header naming a city the open dataset is not about.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { axeViolations } from '../lib/axe.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { DATASET, pageOf } from '../pages/dashboard.mjs';
import { KEY } from '../pages/notes.mjs';

const FIXTURE_PATH = new URL('../../tests/fixtures/minimal.json', import.meta.url).pathname;
const FIXTURE = readFileSync(FIXTURE_PATH, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'pd-faults-'));

/** Writes `data` (an object, written as JSON) to a file named `name` and returns its path. */
function file(name, data) {
  const path = join(dir, name);
  writeFileSync(path, typeof data === 'string' ? data : JSON.stringify(data, null, 1));
  return path;
}

/** The minimal fixture with `change` applied to a copy of it. */
function fixture(change) {
  const data = JSON.parse(FIXTURE);
  change(data);
  return data;
}

/** A valid dataset with nothing in it: only the city it is about and the section citing it. */
const EMPTY = fixture((d) => {
  d.id = 'fixture-empty';
  d.title = { id: 'Dataset kosong', en: 'Empty dataset' };
  d.actors = d.actors.filter((a) => a.id === d.focal_actor);
  for (const key of ['sectors', 'relationships', 'events', 'challenge_categories', 'challenges', 'adoptions',
    'strategies', 'legal_bases', 'principles', 'paradiplomacy_types', 'literature', 'findings', 'recommendations']) {
    d[key] = [];
  }
});

/** What each view says about an empty dataset, in English and in Indonesian. */
const EMPTY_SAYS = {
  overview: [/This dataset names no partners yet/, /Dataset ini belum menyebut mitra/],
  timeline: [/This dataset has no events yet/, /Dataset ini belum memiliki peristiwa/],
  matrix: [/This dataset has no sectors of cooperation yet/, /Dataset ini belum memiliki sektor kerja sama/],
  challenges: [/This dataset has no challenges yet/, /Dataset ini belum memiliki tantangan/],
  learning: [/This dataset has no policy adoptions yet/, /Dataset ini belum memiliki adopsi kebijakan/],
  evidence: [/This dataset has no evidence or recommendations yet/, /Dataset ini belum memiliki bukti atau rekomendasi/],
};

describe('faults a reader should never meet', () => {
  const s = dashboardSuite({ contextOptions: { viewport: { width: 1280, height: 720 } } });

  const pick = (path) => s.app.page.locator('.dataset input[type=file]').setInputFiles(path);
  const showing = () => s.app.page.locator('#dataset-showing').innerText();
  /**
   * Opens `data` through the file picker and waits until the page shows its title and has
   * remembered it (a frame after it is painted), so that the next page opened shows it too.
   */
  const openDataset = async (name, data) => {
    await pick(file(name, data));
    await s.app.page.waitForFunction((n) => document.querySelector('#dataset-showing').innerText.includes(n), name);
    await s.app.page.waitForFunction(([key, n]) => localStorage.getItem(key)?.includes(n), [`${KEY}dataset/file-name`, name]);
  };
  /** Whether the element focused is `selector`, and its top is inside the window. */
  const focusedInView = (selector) => s.app.page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el || document.activeElement !== el) return `focus is on ${document.activeElement?.outerHTML.slice(0, 80)}`;
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.top < innerHeight && box.bottom > 0 ? 'in view' : `at ${box.top}, outside the window`;
  }, selector);

  it('a dropped file that is refused says so where the reader is, with focus on the message', async () => {
    await s.app.open('timeline.html');
    await s.app.chartDrawn();
    await s.app.dropFiles([{ name: 'broken.json', text: '{"schema_version": 1,' }]);
    const alert = s.app.page.locator('.dataset .problems[role=alert]');
    await alert.waitFor();
    await s.app.page.waitForFunction(() => document.activeElement?.matches('.dataset .problems'));
    assert.equal(await focusedInView('.dataset .problems'), 'in view');
    assert.match(await alert.innerText(), /The file was not opened: broken\.json/);
    assert.match(await showing(), /bundled dataset/);
    assert.deepEqual(await axeViolations(s.app.page), []);
  });

  it('a dropped file that opens says so where the reader is, with focus on the message', async () => {
    await s.app.open('timeline.html');
    await s.app.chartDrawn();
    await s.app.dropFiles([{ name: 'dropped.json', text: FIXTURE }]);
    const status = s.app.page.locator('.dataset .opened[role=status]');
    await status.waitFor();
    await s.app.page.waitForFunction(() => document.activeElement?.matches('.dataset .opened'));
    assert.equal(await focusedInView('.dataset .opened'), 'in view');
    assert.match(await status.innerText(), /File opened: dropped\.json\. Every view now shows its data\./);
    await s.app.tableShows(3);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('several files dropped at once: the first is opened and the reader is told the others were not', async () => {
    await s.app.open('timeline.html?lang=id');
    await s.app.dropFiles([
      { name: 'first.json', text: FIXTURE },
      { name: 'second.json', text: JSON.stringify(EMPTY) },
      { name: 'third.json', text: '{}' },
    ]);
    const status = s.app.page.locator('.dataset .opened[role=status]');
    await status.waitFor();
    const said = await status.innerText();
    assert.match(said, /Berkas dibuka: first\.json/);
    assert.match(said, /Berkas yang dilepaskan: 3\. Hanya yang pertama yang dibaca: first\.json/);
    assert.match(await showing(), /Dataset uji minimal/);

    // The same for a refused first file: the words go with the problems.
    await s.app.dropFiles([{ name: 'bad.json', text: '[' }, { name: 'good.json', text: FIXTURE }]);
    const alert = s.app.page.locator('.dataset .problems[role=alert]');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Berkas yang dilepaskan: 2\. Hanya yang pertama yang dibaca: bad\.json/);
    await s.app.page.waitForFunction(() => document.activeElement?.matches('.dataset .problems'));
  });

  it('a dragged text is not taken for a file, and the drop listeners leave with the dataset picker', async () => {
    await s.app.open('timeline.html');
    // Embed mode has no dataset picker: going there from the full page must take its listeners.
    const go = (address) => s.app.page.evaluate((a) => {
      history.pushState(null, '', a);
      dispatchEvent(new PopStateEvent('popstate'));
    }, address);
    await go('timeline.html?embed=1');
    await s.app.page.locator('.dataset').waitFor({ state: 'detached' });
    await s.app.dropFiles([{ name: 'embedded.json', text: FIXTURE }]);
    // Reading a 6 kB file takes milliseconds; a second is ample for a listener left behind.
    await s.app.page.waitForTimeout(1000);
    assert.equal(await s.app.page.locator('.drop-overlay.visible').count(), 0);
    await go('timeline.html');
    await s.app.page.locator('.dataset').waitFor();
    assert.match(await showing(), /bundled dataset/);
    assert.equal(await s.app.tableRows.count(), DATASET.events.length);

    // Back in the full page, one drop opens the file once (one listener, not two).
    await s.app.page.evaluate(() => {
      window.datasetWrites = 0;
      const set = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.endsWith('dataset/text')) window.datasetWrites += 1;
        return set.call(this, key, value);
      };
    });
    await s.app.dropFiles([{ name: 'once.json', text: FIXTURE }]);
    await s.app.page.locator('.dataset .opened').waitFor();
    await s.app.page.waitForTimeout(500);
    assert.equal(await s.app.page.evaluate(() => window.datasetWrites), 1);

    // A text dragged over the page is not a dataset: no overlay asking for a file.
    await s.app.page.evaluate(() => {
      const data = new DataTransfer();
      data.setData('text/plain', 'some words');
      dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
    });
    assert.equal(await s.app.page.locator('.drop-overlay.visible').count(), 0);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('an empty dataset: every view says there is nothing yet, in the reader\'s language, never a chart error', async () => {
    await s.app.open('learning.html');
    await openDataset('empty.json', EMPTY);
    for (const [view, [en, id]] of Object.entries(EMPTY_SAYS)) {
      for (const [lang, words] of [['en', en], ['id', id]]) {
        await s.app.open(`${pageOf(view)}?lang=${lang}`);
        const main = s.app.page.locator('main');
        await s.app.page.waitForFunction((source) => new RegExp(source).test(document.querySelector('main').innerText), words.source, { timeout: 5000 })
          .catch(() => {});
        const text = await main.innerText();
        assert.match(text, words, `${view} (${lang}) says the dataset has nothing yet`);
        assert.doesNotMatch(text, /Nothing matches these filters|Tidak ada yang cocok/, `${view} (${lang})`);
        assert.equal(await s.app.page.locator('.chart-fault').count(), 0, `${view} (${lang}): ${await main.innerText()}`);
      }
    }
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('filters that leave nothing say so, and the chart keeps no marks of before and no error', async () => {
    for (const view of ['learning', 'challenges']) {
      await s.app.open(pageOf(view));
      await s.app.chartDrawn();
      // No adoption and no challenge concerns a letter of intent.
      await s.app.page.selectOption('select[name=type]', 'letter_of_intent');
      const note = s.app.page.locator('main .empty');
      await note.waitFor();
      assert.match(await note.innerText(), /Nothing matches these filters/, view);
      await s.app.page.waitForFunction(() => {
        const chart = window.echarts.getInstanceByDom(document.querySelector('.chart'));
        return chart.getOption().series.length === 0;
      }, null, { timeout: 5000 }).catch(() => {});
      assert.equal(await s.app.page.locator('.chart-fault').count(), 0, `${view}: ${await s.app.page.locator('main').innerText()}`);
      assert.equal(await s.app.page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart'))
        .getOption().series.length), 0, `${view}: the marks drawn before are gone`);
      // Back to everything: the chart is drawn again.
      await s.app.page.getByRole('button', { name: 'Clear filters' }).click();
      await s.app.chartDrawn();
      await note.waitFor({ state: 'detached' });
      assert.equal(await s.app.page.locator('.chart-fault').count(), 0, view);
    }
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a long unbroken string in a title or quote never makes the page wider than the window', async () => {
    const long = 'x'.repeat(20000);
    const data = fixture((d) => {
      d.title.en = `Wide ${long}`;
      d.source.title = `Judul ${long}`;
      d.events[1].title.en = `MoU ${long}`;
      d.events[1].citations[0].quote = `MoU 2016 ${long}`;
      d.findings[0].title.en = `Finding ${long}`;
    });
    await s.app.open('timeline.html');
    await openDataset('wide.json', data);
    for (const address of ['timeline.html?item=ev-mou', 'index.html', 'evidence.html?item=fd-main', 'learning.html']) {
      await s.app.open(address);
      await s.app.page.waitForTimeout(100);
      const [scroll, inner] = await s.app.page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
      assert.ok(scroll <= inner, `${address}: the page is ${scroll} px wide in a ${inner} px window`);
    }
  });

  it('a right-to-left override in the data does not turn the interface words around it backwards', async () => {
    const data = fixture((d) => {
      d.title.en = 'Minimal test dataset\u202E';
      d.source.authors = ['A. Author\u202E'];
    });
    await s.app.open('timeline.html');
    await openDataset('override.json', data);
    // The left edge of `word`, the first text of `selector` that holds it, as drawn.
    const leftOf = (selector, word) => s.app.page.evaluate(([sel, w]) => {
      const walker = document.createTreeWalker(document.querySelector(sel), NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const i = node.data.indexOf(w);
        if (i >= 0) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + w.length);
          return range.getBoundingClientRect().left;
        }
      }
      throw new Error(`no "${w}" in ${sel}`);
    }, [selector, word]);
    // "(from the file override.json)" follows the title: read left to right, "from" before "file".
    assert.ok(await leftOf('#dataset-showing', 'from') < await leftOf('#dataset-showing', 'file'),
      'the words after the title read left to right');
    // In the source line, the year and journal follow the authors in their own order.
    assert.ok(await leftOf('.source', '2025') < await leftOf('.source', 'Jurnal'),
      'the year and the journal after the authors read left to right');
  });

  it('a link naming a story step and another view shows the step, its view and its bar together', async () => {
    const step = DATASET.story.find((x) => x.view === 'timeline');
    await s.app.open(`learning.html?step=${step.id}`);
    await s.app.page.locator('.story-bar').waitFor();
    const shown = await s.app.address();
    assert.equal(shown.view, step.view, `the step's view, on its own page: ${s.app.page.url()}`);
    assert.equal(new URLSearchParams(shown.query).get('step'), step.id);
    assert.equal(await s.app.page.locator('#view-title').innerText(), 'Timeline');
    assert.equal(await s.app.page.locator('.story-bar').getAttribute('data-step'), step.id);
    await s.app.page.waitForFunction((id) => document.querySelector('.view-detail .detail')?.dataset.item === id, step.item);
    // A step link whose view agrees keeps the item the reader chose on it.
    const other = DATASET.events.find((e) => e.id !== step.item).id;
    await s.app.open(`timeline.html?item=${other}&step=${step.id}`);
    await s.app.page.locator('.story-bar').waitFor();
    assert.equal(await s.app.detailItem(), other);
  });

  it('the header and the document title name the open dataset and its source', async () => {
    await s.app.open('timeline.html');
    const header = s.app.page.locator('.app-header .brand');
    assert.match(await header.innerText(), new RegExp(DATASET.title.en));
    await openDataset('minimal.json', JSON.parse(FIXTURE));
    await s.app.page.waitForFunction(() => document.querySelector('.app-header .brand').innerText.includes('Minimal test dataset'));
    const text = await header.innerText();
    assert.doesNotMatch(text, /Tangerang/);
    assert.match(text, /Judul/);
    assert.match(await s.app.page.title(), /Minimal test dataset/);
    await s.app.page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await s.app.page.waitForFunction(() => document.querySelector('.app-header .brand').innerText.includes('Dataset uji minimal'));
    assert.match(await s.app.page.title(), /Dataset uji minimal/);
  });
});
