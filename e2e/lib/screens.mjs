// The screens the dashboard is shown on, and what a reader notices of its layout on each: where
// the chart starts, what covers what, sideways scrolling, targets too small for a finger. Shared
// by e2e/tests/screens.test.mjs (which asserts) and e2e/tools/screenshots.mjs (which shows).

/**
 * Phones, a projector's 4:3, the common laptop and projector widths, and full HD. On a phone,
 * `first` is the share of the first screen the view's chart must start in: the upper 60 % at
 * 390 x 844; at 360 x 740, 100 px lower, two thirds (the matrix's table starts at 64 % there).
 */
export const SCREENS = [
  { name: 'phone-360', width: 360, height: 740, phone: true, first: 2 / 3 },
  { name: 'phone-390', width: 390, height: 844, phone: true, first: 0.6 },
  { name: 'xga-1024', width: 1024, height: 768 },
  { name: 'wxga-1366', width: 1366, height: 768 },
  { name: 'fhd-1920', width: 1920, height: 1080 },
];

/** The sizes a seminar room's projector runs at. */
export const PROJECTORS = [
  { name: 'xga-1024', width: 1024, height: 768 },
  { name: 'hd-1280', width: 1280, height: 720 },
  { name: 'wxga-1366', width: 1366, height: 768 },
  { name: 'fhd-1920', width: 1920, height: 1080 },
];

/** The smallest target a finger hits reliably, in CSS pixels (WCAG 2.5.5). */
export const TOUCH_TARGET = 44;

/** Browser context options for `screen`: a phone is a touch device with a mobile viewport. */
export function contextFor(screen, colorScheme = 'light') {
  return {
    viewport: { width: screen.width, height: screen.height },
    isMobile: !!screen.phone,
    hasTouch: !!screen.phone,
    colorScheme,
    locale: 'en-US',
  };
}

/**
 * Where the view's evidence starts on the page, in CSS pixels from the top of the document: the
 * chart's top edge; where the table takes the chart's place (the matrix on a phone), the table's;
 * for a view without a chart (the evidence view), the first heading of its main column and the
 * first item it lists, whichever is lower. With what it is (`what`).
 */
export function evidenceTop(page) {
  return page.evaluate(() => {
    const top = (el) => el.getBoundingClientRect().top + window.scrollY;
    const shown = (el) => el && el.getClientRects().length > 0;
    const chart = document.querySelector('.view-main .chart');
    if (shown(chart)) return { what: 'chart', top: top(chart) };
    const table = document.querySelector('.view-main .chart-table table');
    if (chart && shown(table)) return { what: "table in the chart's place", top: top(table) };
    const heading = [...document.querySelectorAll('.view-main h2, .view-main caption')].find(shown);
    const item = [...document.querySelectorAll('.view-main tbody button.link, .view-main li button.link')].find(shown);
    if (!heading || !item) return { what: 'nothing', top: Infinity };
    return { what: 'first heading and item', top: Math.max(top(heading), top(item)) };
  });
}

/**
 * How far the page scrolls sideways (0 when it does not), and the elements reaching past the
 * window's right edge that are not inside a box scrolling on its own.
 */
export function sidewaysScroll(page) {
  return page.evaluate(() => {
    const over = document.documentElement.scrollWidth - window.innerWidth;
    const scrolls = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden') return true;
      }
      return false;
    };
    const wide = [...document.body.querySelectorAll('*')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(el))
      .filter((el) => getComputedStyle(el).position !== 'fixed')
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { over, wide };
  });
}

/**
 * The targets on screen a finger would miss: every visible button, field, list, fold and
 * free-standing link narrower or lower than `min` px. A link inside a sentence is exempt (as in
 * WCAG 2.5.5), and so are elements hidden for screen readers only.
 */
export function smallTargets(page, min = TOUCH_TARGET) {
  return page.evaluate((min) => {
    const shown = (el) => {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) return false;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || el.closest('.visually-hidden, [hidden], .skip-link')) return false;
      const fold = el.closest('details:not([open])');
      return !fold || el.matches('details > summary') && el.parentElement === fold;
    };
    const inSentence = (el) => el.tagName === 'A'
      && el.parentElement.textContent.trim().length > el.textContent.trim().length + 2;
    const name = (el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 30)}"`;
    return [...document.querySelectorAll('a[href], button, select, input:not([type=hidden]), textarea, summary, label.button-like')]
      .filter((el) => shown(el) && !inSentence(el))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width < min - 0.5 || r.height < min - 0.5)
      .map(({ el, r }) => `${name(el)} ${Math.round(r.width)}x${Math.round(r.height)}`);
  }, min);
}

/** The area in px² where the boxes of two elements (selectors, first match) overlap; 0 if either is absent. */
export function overlap(page, a, b) {
  return page.evaluate(([a, b]) => {
    const x = document.querySelector(a);
    const y = document.querySelector(b);
    if (!x || !y) return 0;
    const p = x.getBoundingClientRect();
    const q = y.getBoundingClientRect();
    const w = Math.min(p.right, q.right) - Math.max(p.left, q.left);
    const h = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
    return w > 0 && h > 0 ? Math.round(w * h) : 0;
  }, [a, b]);
}

/** The boxes (viewport coordinates) of the first element matching each selector, or null. */
export function boxes(page, selectors) {
  return page.evaluate((sels) => Object.fromEntries(sels.map((s) => {
    const el = document.querySelector(s);
    if (!el) return [s, null];
    const r = el.getBoundingClientRect();
    return [s, { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height }];
  })), selectors);
}

/**
 * In the story: the chart's, the story bar's, the detail panel's and its first quote's boxes,
 * the quote's type size, and whether the quote is cut (wider than its box).
 */
export function storyLayout(page) {
  return page.evaluate(() => {
    const box = (el) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height };
    };
    const quote = document.querySelector('.view-detail blockquote');
    return {
      viewport: { width: window.innerWidth, height: window.innerHeight },
      chart: box(document.querySelector('.view-main .chart')),
      bar: box(document.querySelector('.story-bar')),
      panel: box(document.querySelector('.view-detail')),
      quote: box(quote),
      quoteSize: quote ? parseFloat(getComputedStyle(quote).fontSize) : 0,
      quoteCut: quote ? quote.scrollWidth > quote.clientWidth + 1 : false,
      scrolls: document.documentElement.scrollHeight > window.innerHeight + 1,
    };
  });
}

/** Waits for the app to have taken the page over, its chart (if any) drawn and at rest. */
export async function settled(page) {
  await page.waitForSelector('html[data-app-ready]');
  await page.waitForFunction(() => !document.getElementById('baked'));
  await page.waitForFunction(() => {
    const el = document.querySelector('.view-main .chart');
    if (!el) return true;
    const inst = window.echarts?.getInstanceByDom(el);
    return !!inst && inst.getZr().animation.isFinished();
  });
}

/**
 * A finger put down at (`x`, `y`) and drawn `dy` px up and `dx` px left, in ten moves, then
 * lifted: the touch events a phone sends, through the browser's own input pipeline (so the page
 * scrolls unless something on it prevents that, such as `touch-action: none`).
 */
export async function touchDrag(page, x, y, dy, dx = 0) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: x - (dx * i) / 10, y: y - (dy * i) / 10 }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
