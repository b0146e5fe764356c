// The pages `make audit` checks in a browser: every view, and the timeline with an event opened
// (the detail panel and its quotes), each in English, in Indonesian and in the dark theme. For each
// it runs axe-core and keeps the rendered HTML for the Nu HTML Checker.
import { axeViolations } from '../lib/axe.mjs';
import { VIEWS, pageOf } from '../pages/dashboard.mjs';

export const PAGES = [
  ...VIEWS.map((v) => ({ name: v, query: `${pageOf(v)}?` })),
  { name: 'timeline, an event opened', query: 'timeline.html?item=ev-mou-2016' },
];

export const VARIANTS = [
  { name: 'English', query: '', lang: 'en', colorScheme: 'light' },
  { name: 'Indonesian', query: '&lang=id', lang: 'id', colorScheme: 'light' },
  { name: 'dark theme', query: '', lang: 'en', colorScheme: 'dark' },
];

/** Opens `url` and waits until the view and its chart (where it has one) are drawn, in `variant`'s language and theme. */
async function openView(page, url, variant) {
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready] .view');
  // The baked page handed over: what is checked is the app (tools/postbuild/bake.mjs).
  await page.waitForFunction(() => !document.getElementById('baked'));
  await page.waitForFunction(() => !document.querySelector('.chart') || document.querySelector('.chart canvas'));
  const shown = await page.evaluate(() => ({ lang: document.documentElement.lang, theme: document.documentElement.dataset.theme }));
  if (shown.lang !== variant.lang || shown.theme !== variant.colorScheme) {
    throw new Error(`${url}: expected ${variant.name} (${variant.lang}, ${variant.colorScheme}), the page shows ${shown.lang}, ${shown.theme}`);
  }
}

/**
 * Visits every page in every variant; resolves to [{ page, variant, html, violations }], `html`
 * being the rendered document (page.content()) once the view is drawn.
 */
export async function visitAll(browser, baseUrl) {
  const results = [];
  for (const variant of VARIANTS) {
    const context = await browser.newContext({ locale: 'en-US', colorScheme: variant.colorScheme });
    try {
      const page = await context.newPage();
      for (const p of PAGES) {
        await openView(page, `${baseUrl}${p.query}${variant.query}`, variant);
        const html = await page.content();
        results.push({ page: p.name, variant: variant.name, html, violations: await axeViolations(page) });
      }
    } finally {
      await context.close();
    }
  }
  return results;
}
