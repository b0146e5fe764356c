// The partner map, end to end, on the release build in headless Chromium: the world map lies
// under the markers' coordinates, and a filter change redraws the markers without rebuilding the
// map (ECharts keeps an SVG map; it rebuilt every country of a GeoJSON one on every update).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { dashboardSuite } from '../lib/suite.mjs';
import { DATASET } from '../pages/dashboard.mjs';

const at = (id) => {
  const { lon, lat } = DATASET.actors.find((a) => a.id === id).coordinates;
  return [lon, lat];
};
/** Inland places from the dataset, and open sea. */
const LAND = ['daejeon', 'kathmandu', 'frankfurt'].map((id) => [id, at(id)]);
const SEA = [['Indian Ocean', [80, -10]], ['Pacific Ocean', [150, 25]]];

/**
 * The colour of the map's own canvas layer (zlevel 0, under the markers') at each place, found
 * as the chart finds a marker's position: through the geo component, in the map's coordinates
 * (longitude, negated latitude).
 */
function mapPixels(page, places) {
  return page.evaluate((places) => {
    const el = document.querySelector('.chart');
    const inst = window.echarts.getInstanceByDom(el);
    const layer = el.querySelector('canvas');
    const ratio = layer.width / layer.getBoundingClientRect().width;
    const ctx = layer.getContext('2d');
    return places.map(([name, [lon, lat]]) => {
      const [x, y] = inst.convertToPixel({ geoIndex: 0 }, [lon, -lat]);
      const [r, g, b, a] = ctx.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
      return { name, r, g, b, a };
    });
  }, places);
}

describe('partner map', () => {
  const s = dashboardSuite();

  it('draws the world under the markers: land where the partners are, sea where there is none', async () => {
    await s.app.open('index.html');
    await s.app.chartDrawn();
    // The map's own colours (tools/build-world-map.mjs): land #e6e9ee, the sea left transparent.
    for (const p of await mapPixels(s.app.page, LAND)) {
      assert.ok(p.a === 255 && Math.abs(p.r - 0xe6) < 8 && Math.abs(p.b - 0xee) < 8, `not land at ${p.name}: ${JSON.stringify(p)}`);
    }
    for (const p of await mapPixels(s.app.page, SEA)) {
      assert.equal(p.a, 0, `not sea at ${p.name}: ${JSON.stringify(p)}`);
    }
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a view without the map does not load it; opening the overview from there loads it once and draws on it', async () => {
    const loaded = [];
    s.app.page.on('request', (r) => { if (/world-map(-[0-9a-f]+)?\.js$/.test(r.url())) loaded.push(r.url()); });
    await s.app.open('timeline.html');
    await s.app.chartDrawn();
    assert.deepEqual(loaded, [], 'the timeline page loaded the world map');
    await s.app.page.locator('nav.view-nav a').first().click();
    await s.app.page.waitForSelector('.view-overview');
    await s.app.chartDrawn();
    for (const p of await mapPixels(s.app.page, LAND)) {
      assert.ok(p.a === 255 && Math.abs(p.r - 0xe6) < 8, `not land at ${p.name}: ${JSON.stringify(p)}`);
    }
    // Back to the timeline and again to the overview: the script is not asked for again.
    await s.app.page.goBack();
    await s.app.page.waitForSelector('.view-timeline');
    await s.app.chartDrawn();
    await s.app.page.goForward();
    await s.app.page.waitForSelector('.view-overview');
    await s.app.chartDrawn();
    assert.equal(loaded.length, 1, loaded.join(' '));
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('the evidence page, which draws no chart, loads no ECharts; the first chart opened from it loads the parts of ECharts it draws with, then the map, once', async () => {
    const loaded = [];
    s.app.page.on('request', (r) => {
      // A part's module (not the chunks it imports) or the map's script.
      const m = r.url().match(/\/(?:echarts\/(?!chunk-)(\w+)-\w+|(world-map)(?:-[0-9a-f]+)?)\.js$/);
      if (m) loaded.push(m[1] ?? m[2]);
    });
    await s.app.open('evidence.html');
    await s.app.page.waitForSelector('#app .view-evidence');
    assert.equal(await s.app.page.evaluate(() => typeof window.echarts), 'undefined');
    assert.deepEqual(loaded, [], 'the evidence page loaded chart scripts');
    await s.app.page.locator('nav.view-nav a').first().click();
    await s.app.page.waitForSelector('.view-overview');
    await s.app.chartDrawn();
    for (const p of await mapPixels(s.app.page, LAND)) {
      assert.ok(p.a === 255 && Math.abs(p.r - 0xe6) < 8, `not land at ${p.name}: ${JSON.stringify(p)}`);
    }
    // The timeline, back to the overview: nothing asked for again.
    await s.app.page.locator('nav.view-nav a').nth(1).click();
    await s.app.page.waitForSelector('.view-timeline');
    await s.app.chartDrawn();
    await s.app.page.goBack();
    await s.app.page.waitForSelector('.view-overview');
    await s.app.chartDrawn();
    // The overview's parts, its map, and the timeline's one part more.
    assert.deepEqual(loaded, ['core', 'scatter', 'geo', 'world-map', 'dataZoom']);
    // Each with the build's integrity check, and every chunk they import too.
    assert.equal(await s.app.page.locator('script[data-chart-part][integrity^="sha384-"]').count(), 4);
    assert.equal(await s.app.page.locator('script[src*="world-map"][integrity^="sha384-"]').count(), 1);
    const chunks = await s.app.page.$$eval('link[rel="modulepreload"][href*="echarts/chunk-"]', (links) => links.map((l) => l.integrity));
    assert.ok(chunks.length > 0 && chunks.every((i) => i.startsWith('sha384-')), chunks.join(' '));
    assert.deepEqual(s.app.consoleErrors, []);
  });

  it('a filter change redraws the markers and keeps the map ECharts drew', async () => {
    await s.app.open('index.html');
    await s.app.chartDrawn();
    await s.app.page.waitForTimeout(1200); // the first draw's animation
    // The map's shapes, as ECharts' renderer holds them (zlevel 0), and the markers' canvas.
    await s.app.page.evaluate(() => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      window.__mapShapes = inst.getZr().storage.getDisplayList(true).filter((el) => el.zlevel === 0);
      const markers = document.querySelectorAll('.chart canvas')[1].getContext('2d');
      const clear = markers.clearRect.bind(markers);
      window.__markerPaints = 0;
      markers.clearRect = (...args) => { window.__markerPaints += 1; clear(...args); };
    });
    const markers = () => s.app.page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series.reduce((n, x) => n + x.data.length, 0));
    const before = await markers();
    await s.app.page.selectOption('select[name=partner]', 'daejeon');
    await s.app.page.waitForFunction((n) => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      return inst.getOption().series.reduce((k, x) => k + x.data.length, 0) !== n;
    }, before);
    const kept = await s.app.page.evaluate(() => {
      const inst = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      const now = inst.getZr().storage.getDisplayList(true).filter((el) => el.zlevel === 0);
      return { before: window.__mapShapes.length, now: now.length, same: now.every((el, i) => el === window.__mapShapes[i]), paints: window.__markerPaints };
    });
    assert.ok(kept.before >= 177, `the map has ${kept.before} shapes`);
    assert.ok(kept.now === kept.before && kept.same, `the map was rebuilt: ${JSON.stringify(kept)}`);
    assert.ok(kept.paints > 0, 'the markers were not redrawn');
    // And it is still there, under the markers.
    for (const p of await mapPixels(s.app.page, LAND.slice(0, 1))) assert.equal(p.a, 255, p.name);
  });

  it('zooms and pans with the wheel and a drag, within its limits, and keeps the view across a filter change', async () => {
    await s.app.open('index.html');
    await s.app.chartDrawn();
    await s.app.chart.scrollIntoViewIfNeeded();
    await s.app.page.waitForTimeout(1200);
    const geo = () => s.app.page.evaluate(() => {
      const g = window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().geo[0];
      return { zoom: g.zoom, center: g.center };
    });
    const box = await s.app.chart.boundingBox();
    await s.app.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    for (let i = 0; i < 3; i++) await s.app.page.mouse.wheel(0, -300);
    await s.app.page.mouse.down();
    await s.app.page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.5, { steps: 5 });
    await s.app.page.mouse.up();
    await s.app.page.waitForFunction(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().geo[0].zoom > 1);
    const roamed = await geo();
    assert.ok(roamed.zoom > 1 && roamed.zoom <= 8, `zoom ${roamed.zoom}`);
    await s.app.page.selectOption('select[name=partner]', 'daejeon');
    await s.app.page.waitForFunction(() => location.search.includes('partner=daejeon'));
    assert.deepEqual(await geo(), roamed);
    // Zooming out stops at the whole map.
    for (let i = 0; i < 12; i++) await s.app.page.mouse.wheel(0, 300);
    await s.app.page.waitForTimeout(300);
    assert.equal((await geo()).zoom, 1);
  });
});
