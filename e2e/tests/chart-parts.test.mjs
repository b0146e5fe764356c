// ECharts in parts (tools/echarts-parts.mjs), as a reader's browser loads them: each page loads
// the parts its own view draws with, their chunks preloaded with the page rather than found one
// after another, and nothing else; opening another view loads what it adds, once, with the
// build's integrity check; the SVG renderer comes only with the first SVG asked for.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { dashboardSuite } from '../lib/suite.mjs';

/** What each view draws with: its chart's series types and components (src/charts/). */
const PARTS = {
  'index.html': ['core', 'scatter', 'geo'],
  'timeline.html': ['core', 'scatter', 'dataZoom'],
  'matrix.html': ['core', 'heatmap', 'visualMap'],
  'challenges.html': ['core', 'bar'],
  'learning.html': ['core', 'sankey'],
  'evidence.html': [],
};

/** Records the parts of ECharts (by name) and the chunks (by file) `page` asks for from now on. */
function watch(page) {
  const asked = { parts: [], chunks: [] };
  page.on('request', (r) => {
    const m = r.url().match(/\/echarts\/(\w+)-(\w+)\.js$/);
    if (!m) return;
    if (m[1] === 'chunk') asked.chunks.push(`echarts/${m[1]}-${m[2]}.js`);
    else asked.parts.push(m[1]);
  });
  return asked;
}

describe('ECharts in parts', () => {
  const s = dashboardSuite();

  for (const [file, parts] of Object.entries(PARTS)) {
    it(`${file} loads the parts its view draws with (${parts.join(', ') || 'none'}), their chunks preloaded`, async () => {
      const asked = watch(s.app.page);
      await s.app.open(file);
      if (parts.length) await s.app.chartDrawn();
      else await s.app.page.waitForSelector('html[data-app-ready]');
      await s.app.page.waitForLoadState('networkidle');
      assert.deepEqual([...asked.parts].sort(), [...parts].sort());
      // Every chunk was named by the page itself, so none waited for the module importing it.
      const preloaded = await s.app.page.$$eval('link[rel="modulepreload"][data-bake]', (links) => links.map((l) => l.getAttribute('href')));
      assert.deepEqual([...new Set(asked.chunks)].sort(), [...preloaded].sort());
      assert.equal(new Set(asked.chunks).size, asked.chunks.length, 'no chunk asked for twice');
      assert.deepEqual(s.app.consoleErrors, []);
    });
  }

  it('every view opened from the evidence page draws, each part loaded once with its integrity', async () => {
    const asked = watch(s.app.page);
    await s.app.open('evidence.html');
    await s.app.page.waitForSelector('html[data-app-ready]');
    const links = s.app.page.locator('nav.view-nav a');
    for (const [i, view] of ['overview', 'timeline', 'matrix', 'challenges', 'learning'].entries()) {
      await links.nth(i).click();
      await s.app.page.waitForSelector(`.view-${view}`);
      await s.app.chartDrawn();
      assert.equal(await s.app.page.locator('.chart-fault').count(), 0, `${view}: ${await s.app.page.locator('.chart-fault').allTextContents()}`);
      assert.ok(await s.app.page.locator('.chart canvas').count() > 0, `${view} drew no canvas`);
    }
    const every = [...new Set(Object.values(PARTS).flat())];
    assert.deepEqual([...asked.parts].sort(), [...every].sort(), 'each part once');
    assert.equal(new Set(asked.chunks).size, asked.chunks.length, 'no chunk asked for twice');
    const scripts = await s.app.page.$$eval('script[data-chart-part]', (els) => els.map((e) => e.integrity));
    assert.equal(scripts.length, every.length);
    assert.ok(scripts.every((i) => i.startsWith('sha384-')), scripts.join(' '));
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the SVG renderer is loaded with the first SVG download, and only then', async () => {
    const asked = watch(s.app.page);
    await s.app.open('challenges.html');
    await s.app.chartDrawn();
    await s.app.page.waitForLoadState('networkidle');
    assert.ok(!asked.parts.includes('svg'), asked.parts.join(' '));
    for (let i = 0; i < 2; i++) {
      const [file] = await Promise.all([
        s.app.page.waitForEvent('download'),
        s.app.page.getByRole('button', { name: /SVG/ }).click(),
      ]);
      assert.match(file.suggestedFilename(), /\.svg$/);
    }
    assert.deepEqual(asked.parts.filter((p) => p === 'svg'), ['svg'], 'loaded once, for the first');
    assert.deepEqual(s.app.consoleErrors, []);
  });
});
