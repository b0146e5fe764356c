// Page object of the reader's notes: the panel, an item's notes, the banners, the storage behind them.
import { readFileSync } from 'node:fs';

export const KEY = 'paradiplomacy-dashboard/v1/';

export class Notes {
  /** @param {import('playwright-core').Page} page */
  constructor(page) {
    this.page = page;
  }

  get toggle() { return this.page.locator('.notes-toggle'); }
  get panel() { return this.page.locator('#notes-panel'); }
  get cards() { return this.panel.locator('.note-list > .note'); }
  get itemNotes() { return this.page.locator('.view-detail .item-notes'); }
  get banner() { return this.page.locator('.notes-banner'); }
  get editor() { return this.page.locator('.note-editor textarea'); }
  get toast() { return this.page.locator('.toast'); }

  async openPanel() {
    if ((await this.toggle.getAttribute('aria-expanded')) !== 'true') await this.toggle.click();
    await this.panel.waitFor();
  }

  /** Adds a note to the item open in the detail panel, typing `text` as a person would. */
  async addToOpenItem(text, { done = true } = {}) {
    await this.itemNotes.locator('.add-note').click();
    await this.editor.waitFor();
    await this.page.keyboard.type(text);
    if (done) await this.page.locator('.note-editor button').click();
  }

  /** Starts a free note in the panel and types `text`. */
  async addFree(text, { done = true } = {}) {
    await this.openPanel();
    await this.panel.locator('.new-note').click();
    await this.editor.waitFor();
    await this.page.keyboard.type(text);
    if (done) await this.page.locator('.note-editor button').click();
  }

  /** The texts of the notes in the panel, as shown. */
  async panelTexts() {
    await this.openPanel();
    return this.cards.locator('.note-text').allInnerTexts();
  }

  /** Every stored note record, parsed, keyed by id. */
  async stored() {
    return this.page.evaluate((prefix) => {
      const out = {};
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i);
        if (k.startsWith(prefix)) out[k.slice(prefix.length)] = JSON.parse(localStorage.getItem(k));
      }
      return out;
    }, `${KEY}note/`);
  }

  /** Waits until storage holds `n` notes (saves are debounced). */
  async storedCount(n) {
    await this.page.waitForFunction(([prefix, n]) => {
      let c = 0;
      for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i).startsWith(prefix)) c++;
      return c === n;
    }, [`${KEY}note/`, n]);
  }

  /** Clicks `button` and returns the text of the file it downloads. */
  async download(button) {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }
}
