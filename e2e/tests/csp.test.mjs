// The Content-Security-Policy <meta> of the release build (tools/postbuild/csp.mjs): it sits
// first after <meta charset>, allows exactly the inline scripts the page has, stays the same
// when the step runs again, blocks what it does not allow, and the dashboard used as a person
// uses it (every view, a tooltip, the detail and notes panels, the dialogs, Indonesian, dark,
// embedded, presenting) never trips it.
import { beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { cspMeta, hashesIn, recordCspViolations } from '../lib/csp.mjs';
import { DIST } from '../lib/server.mjs';
import { dashboardSuite } from '../lib/suite.mjs';
import { withPolicy } from '../../tools/postbuild/csp.mjs';
import { DATASET, pageOf, VIEWS } from '../pages/dashboard.mjs';
import { Notes } from '../pages/notes.mjs';


const STORY = DATASET.story;

describe('content security policy', () => {
  const s = dashboardSuite();
  let violations;
  /** A fresh context (with `options`) whose pages all record violations. */
  const fresh = async (options) => {
    if (options) await s.newContext(options);
    violations = await recordCspViolations(s.context);
    return s.app;
  };
  beforeEach(() => fresh());

  /**
   * Hovers the chart with the mouse until ECharts shows a tooltip (it writes the tooltip's HTML
   * into a div of the chart). Tries the marks the option places where the coordinate system can
   * say (points on the map, the timeline, the matrix), then whatever answers to the pointer.
   */
  async function hoverTooltip(page) {
    const points = await page.evaluate(() => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      const out = [];
      inst.getOption().series.forEach((series, seriesIndex) => (series.data ?? []).slice(0, 2).forEach((d) => {
        const p = Array.isArray(d?.value) ? inst.convertToPixel({ seriesIndex }, d.value) : null;
        if (Array.isArray(p) && p.every(Number.isFinite)) out.push(p);
      }));
      const zr = inst.getZr();
      const seen = new Set();
      for (let y = 4; y < zr.getHeight(); y += 8) {
        for (let x = 4; x < zr.getWidth(); x += 8) {
          const { target } = zr.findHover(x, y);
          if (target && !seen.has(target)) { seen.add(target); out.push([x, y]); }
        }
      }
      return out;
    });
    await page.locator('.chart').scrollIntoViewIfNeeded();
    const box = await page.locator('.chart').boundingBox();
    for (const [x, y] of points.slice(0, 40)) {
      await page.mouse.move(box.x + x, box.y + y);
      const shown = await page.evaluate(() => [...document.querySelectorAll('.chart div')]
        .some((d) => d.style.zIndex === '9999999' && d.innerText.trim()));
      if (shown) return;
    }
    assert.fail('no tooltip anywhere on the chart');
  }

  /** Opens `address`, then uses what it shows: the chart's tooltip, a row's detail, the notes panel. */
  async function exercise(app, address, { chart = true } = {}) {
    await app.open(address);
    if (chart) {
      await app.chartDrawn();
      await app.chartAtRest();
      await hoverTooltip(app.page);
    }
    await app.page.locator('table.data-table tbody button.link').first().click();
    await app.detail.waitFor();
  }

  it('is the first element after <meta charset> and hashes exactly the inline scripts, on every view\'s page', async () => {
    for (const page of VIEWS.map(pageOf)) {
      // Not waiting for the app: with a stale hash its loader is blocked and it never starts.
      // The inline code is the page's as served: a script that removes itself once run counts.
      const response = await s.app.page.goto(s.server.url + page);
      const csp = await cspMeta(s.app.page, await response.text());
      assert.equal(csp.count, 1, page);
      assert.ok(csp.firstIsCharset && csp.index === 1, `${page}: policy meta at <head> child ${csp.index}`);
      assert.ok(csp.scripts.length > 0, `${page}: the build has an inline loader`);
      // The release build minifies the page's own inline scripts (tools/postbuild/minify.mjs).
      assert.deepEqual(csp.scripts.filter((code) => /^\s*(\/\/|\/\*)/.test(code)).map((code) => code.slice(0, 60)), [], `${page}: inline scripts as written`);
      assert.deepEqual(hashesIn(csp.directives['script-src']), [...csp.scriptHashes].sort(), page);
      assert.deepEqual(hashesIn(csp.directives['style-src']), [...csp.styleHashes].sort(), page);
      for (const d of ['script-src', 'style-src']) {
        assert.ok(!csp.directives[d].includes("'unsafe-inline'") && !csp.directives[d].includes("'unsafe-eval'"), `${page}: ${d}`);
      }
      assert.deepEqual(csp.directives['object-src'], ["'none'"], page);
      assert.deepEqual(csp.directives['base-uri'], ["'none'"], page);
    }
  });

  it('is what the post-build step writes, and writing it again changes nothing', () => {
    for (const page of VIEWS.map(pageOf)) {
      const html = readFileSync(join(DIST, page), 'utf8');
      assert.equal(withPolicy(html), html, page);
    }
  });

  it('blocks an injected inline script and style, and reports them', async () => {
    await s.app.open();
    const page = s.app.page;
    const result = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid red; }';
      document.head.append(style);
      await new Promise((r) => setTimeout(r, 100));
      let evaluated = true;
      try { eval('1'); } catch { evaluated = false; }
      return {
        ran: window.__injected === true,
        styled: getComputedStyle(document.body).outlineWidth === '7px',
        evaluated,
        directives: window.__cspViolations.map((v) => v.violatedDirective),
      };
    });
    assert.equal(result.ran, false, 'the injected script ran');
    assert.equal(result.styled, false, 'the injected style applied');
    assert.equal(result.evaluated, false, 'eval ran');
    assert.ok(result.directives.includes('script-src-elem'), result.directives.join());
    assert.ok(result.directives.includes('style-src-elem'), result.directives.join());
    assert.ok(violations.length > 0);
    s.app.consoleErrors.length = 0;
  });

  for (const view of VIEWS) {
    it(`${view}: its chart tooltip, a detail and notes, without a violation`, async () => {
      await exercise(s.app, pageOf(view), { chart: view !== 'evidence' });
      const notes = new Notes(s.app.page);
      await notes.addToOpenItem('Checked **here** with #csp');
      await notes.addFree('A free note, [a link](https://example.org)');
      assert.equal((await notes.panelTexts()).length, 2);
      assert.deepEqual(violations, []);
      assert.deepEqual(s.app.consoleErrors, []);
    });
  }

  it('in Indonesian, in the dark theme, and with the Embed dialog: no violation', async () => {
    const app = await fresh({ colorScheme: 'dark' });
    await exercise(app, 'timeline.html?lang=id');
    assert.equal(await app.page.getAttribute('html', 'data-theme'), 'dark');
    await exercise(app, 'learning.html?lang=id');
    await app.page.locator('.embed-open').click();
    await app.page.locator('dialog.embed-dialog').waitFor();
    await app.page.keyboard.press('Escape');
    assert.deepEqual(violations, []);
    assert.deepEqual(app.consoleErrors, []);
  });

  it('embedded (embed=1): no violation', async () => {
    await exercise(s.app, 'matrix.html?partner=daejeon&embed=1');
    await s.app.page.locator('.embed-bar a.open-full').waitFor();
    assert.deepEqual(violations, []);
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('presenting the whole story with the presenter window: no violation in either window', async () => {
    await s.app.open(`?step=${STORY[0].id}`);
    const audience = s.app.page;
    const [presenter] = await Promise.all([
      s.context.waitForEvent('page'),
      audience.locator('.story-presenter').click(),
    ]);
    await presenter.waitForSelector('.presenter-current');
    for (const step of STORY.slice(1)) {
      await presenter.keyboard.press('ArrowRight');
      await audience.waitForFunction((id) => document.querySelector('.story-bar')?.dataset.step === id, step.id);
    }
    await audience.locator('.story-bar .story-projector').click();
    await audience.waitForFunction(() => document.documentElement.dataset.theme === 'projector');
    assert.deepEqual(violations, []);
    assert.deepEqual(s.app.consoleErrors, []);
  });
});
