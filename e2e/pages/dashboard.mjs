// Page object: what a person sees and does on the dashboard, in one place for every test.
import { readFileSync } from 'node:fs';

export const DATASET = JSON.parse(
  readFileSync(new URL('../../data/tangsel-paradiplomacy.json', import.meta.url), 'utf8'),
);

/**
 * The dashboard's views, by URL code, in navigation order: the list the dataset's schema gives
 * a story step (`data/schema.json`, kept equal to the app's own `View::ALL` by
 * tests/views_model.rs), so a new view is declared once for every end-to-end test and benchmark.
 */
export const VIEWS = (() => {
  const schema = JSON.parse(readFileSync(new URL('../../data/schema.json', import.meta.url), 'utf8'));
  const find = (node) => {
    if (!node || typeof node !== 'object') return undefined;
    if (node.properties?.view?.enum && node.properties?.speaker_notes) return node.properties.view.enum;
    for (const child of Object.values(node)) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const views = find(schema);
  if (!views?.includes('overview')) throw new Error('data/schema.json: no story step view list');
  return views;
})();

/**
 * The page of `view` in the release build, which gives every view a page of its own next to
 * `index.html` (the overview's): `timeline.html`, `matrix.html`, ...
 */
export const pageOf = (view) => (view === VIEWS[0] ? 'index.html' : `${view}.html`);

/**
 * In the page: resolves once two frames have been painted, by when the app has written the
 * address of what it shows (src/state/mod.rs writes it a painted frame after the change's).
 */
async function framesPainted() {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * The view and the query the address `href` says, as a reader sees them in the address bar:
 * `{ view: 'matrix', query: 'partner=daejeon&lang=id' }` (the query without its `?`).
 *
 * With a page per view (`viewPages`, the release build) the view is the page's file
 * (`matrix.html`; `index.html` or the folder is the overview) and the query is the rest as it
 * stands: an older `view=` still in it is not where the app should have left the reader, so it
 * stays in `query` for the test to see. A file that is no view's page is given by its name.
 * In a build of one page (the single file, the development server) the view is the query's
 * `view=` (none: the overview) and the query is what else it holds.
 */
export function addressOf(href, { viewPages = true } = {}) {
  const url = new URL(href);
  const query = url.search.replace(/^\?/, '');
  if (viewPages) {
    const file = url.pathname.split('/').pop();
    const named = file.replace(/\.html$/, '');
    const view = file === '' || file === pageOf(VIEWS[0]) ? VIEWS[0]
      : file.endsWith('.html') && named !== VIEWS[0] && VIEWS.includes(named) ? named : file;
    return { view, query };
  }
  const pairs = query.split('&').filter(Boolean);
  const views = pairs.filter((p) => p.split('=')[0] === 'view').map((p) => decodeURIComponent(p.slice(5)));
  return { view: views.at(-1) ?? VIEWS[0], query: pairs.filter((p) => p.split('=')[0] !== 'view').join('&') };
}

/** The rows of the view's data table. */
const TABLE_ROWS = 'table.data-table tbody tr';

export class Dashboard {
  /** @param {import('playwright-core').Page} page */
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.consoleErrors = [];
    page.on('console', (msg) => { if (msg.type() === 'error') this.consoleErrors.push(msg.text()); });
    page.on('pageerror', (err) => this.consoleErrors.push(String(err)));
  }

  /**
   * Opens `address`, relative to the dashboard's folder (`timeline.html?item=ev-x`, `?lang=id`
   * for the overview, or an older link such as `?view=timeline`), and waits for the app to mount.
   */
  async open(address = '') {
    await this.page.goto(this.baseUrl + address);
    await this.ready();
  }

  /**
   * Waits for the app: mounted, and the baked page (if any) handed over to it, so that what a
   * test finds and clicks is the app's, never the baked copy's (tools/postbuild/bake.mjs).
   */
  async ready() {
    await this.page.waitForSelector('html[data-app-ready]');
    await this.page.waitForFunction(() => !document.getElementById('baked'));
    await this.page.waitForSelector('.view');
  }

  get chart() { return this.page.locator('.chart'); }
  get table() { return this.page.locator('table.data-table'); }
  get tableRows() { return this.page.locator(TABLE_ROWS); }
  get detail() { return this.page.locator('.view-detail .detail'); }
  get detailQuotes() { return this.page.locator('.view-detail blockquote[lang="id"]'); }
  get fatal() { return this.page.locator('#fatal'); }

  /** Waits until ECharts has drawn into the chart element (a canvas with pixels). */
  async chartDrawn() {
    await this.page.waitForFunction(() => {
      const el = document.querySelector('.chart');
      const inst = el && window.echarts && window.echarts.getInstanceByDom(el);
      return !!(inst && el.querySelector('canvas') && inst.getOption().series.length > 0);
    });
  }

  /**
   * Resolves once the chart's animation is over (1 s when it is first drawn), so that its marks
   * are where they end up, not where they are on the way.
   */
  async chartAtRest() {
    await this.page.waitForFunction(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getZr().animation.isFinished());
  }

  /** Clicks, with the mouse, the chart mark whose label is `name`, where ECharts drew it. */
  async clickMark(name) {
    await this.chartAtRest();
    const point = await this.page.evaluate((wanted) => {
      const el = document.querySelector('.chart');
      const inst = window.echarts.getInstanceByDom(el);
      const series = inst.getOption().series;
      for (let s = 0; s < series.length; s++) {
        const i = series[s].data.findIndex((d) => d.name === wanted);
        if (i >= 0) {
          const item = series[s].data[i];
          const [x, y] = inst.convertToPixel({ seriesIndex: s }, item.value);
          const [dx, dy] = item.symbolOffset ?? [0, 0];
          const box = el.getBoundingClientRect();
          return { x: box.left + x + dx, y: box.top + y + dy };
        }
      }
      return null;
    }, name);
    if (!point) throw new Error(`no chart mark named ${name}`);
    await this.page.mouse.click(point.x, point.y);
  }

  /** The event shown in the detail panel. */
  async detailItem() { return this.detail.getAttribute('data-item'); }

  /**
   * Resolves once the table has `n` rows. After a change the table follows the chart one
   * painted frame later (src/state/deferred.rs); it fails if the table does not get there.
   */
  async tableShows(n) {
    try {
      await this.page.waitForFunction(([rows, k]) => document.querySelectorAll(rows).length === k, [TABLE_ROWS, n], { timeout: 5000 });
    } catch {
      throw new Error(`the table shows ${await this.tableRows.count()} rows, not ${n}`);
    }
  }

  /** Clicks the table's button for event `id`. */
  async chooseInTable(id) {
    await this.page.locator(`table.data-table tr[data-item="${id}"] button`).click();
  }

  /** Drops `files` (`[{ name, text }]`, in that order) onto the page, as a file manager does. */
  async dropFiles(files) {
    await this.page.evaluate((list) => {
      const data = new DataTransfer();
      for (const f of list) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
      window.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, cancelable: true }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, cancelable: true }));
    }, files);
  }

  /** The address's query (`?…`), once the app has written it (see `address`). */
  async query() {
    await this.page.evaluate(framesPainted);
    return new URL(this.page.url()).search;
  }

  /**
   * The view and the query the address bar says now, `{ view, query }` (see `addressOf`): in
   * the form of this build, a page per view or one page (`<meta name="view-pages">`, as the app
   * tells them apart). The app writes the address once the frame after the one that shows a
   * change is painted (src/state/mod.rs): this waits for two frames first.
   */
  async address() {
    await this.page.evaluate(framesPainted);
    const { href, viewPages } = await this.page.evaluate(() => ({
      href: location.href,
      viewPages: !!document.querySelector('meta[name="view-pages"]'),
    }));
    return addressOf(href, { viewPages });
  }

  /**
   * Resolves once the address bar says `view` with exactly `query` (no `?`), across a page
   * load if the way there is one; fails, naming the address it says, if it does not get there.
   */
  async addressBecomes(view, query = '', timeout = 5000) {
    const end = Date.now() + timeout;
    let said = null;
    for (;;) {
      try {
        said = await this.address();
        if (said.view === view && said.query === query) return;
      } catch {
        // A page being replaced by the next one: ask again.
      }
      if (Date.now() > end) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`the address says ${JSON.stringify(said)} (${this.page.url()}), not ${JSON.stringify({ view, query })}`);
  }
}

/** The events of the bundled dataset, as the tests expect them. */
export function eventById(id) {
  return DATASET.events.find((e) => e.id === id);
}

/** Whitespace folded, as the quote check of the native tests does it. */
export function fold(text) {
  return text.replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim();
}
