import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext({viewport:{width:1200,height:900}})).newPage();
page.on('console', m => console.log('console', m.text()));
await page.goto(server.url + '?view=overview'); await page.waitForTimeout(1500);
await page.locator('.chart').scrollIntoViewIfNeeded(); await page.locator('.chart').screenshot({ path: '/tmp/map-before.png' });
const r = await page.evaluate(async () => {
  const el = document.querySelector('.chart');
  const inst = echarts.getInstanceByDom(el);
  const base = inst.getOption();
  inst.dispose();
  el.style.position = 'relative';
  const bd = document.createElement('div'); const fd = document.createElement('div');
  for (const d of [bd, fd]) { d.style.position = 'absolute'; d.style.inset = '0'; el.appendChild(d); }
  bd.style.pointerEvents = 'none';
  echarts.registerMap('frame', { type: 'FeatureCollection', features: [] });
  const B = echarts.init(bd); const F = echarts.init(fd);
  const geo = base.geo[0];
  B.setOption({ geo: { ...geo, id: 'world', silent: true } });
  const fo = JSON.parse(JSON.stringify(base)); fo.geo = [{ ...geo, id: 'world', map: 'frame', itemStyle: { opacity: 0 } }];
  F.setOption(fo);
  echarts.connect([F, B]);
  const s1 = JSON.parse(JSON.stringify(base.series)); const s2 = s1.slice(0, 2);
  const t = [];
  for (let i = 0; i < 30; i++) { const t0 = performance.now(); F.setOption({ series: i % 2 ? s1 : s2 }, { replaceMerge: ['series'] }); t.push(performance.now() - t0); await new Promise(r => setTimeout(r, 20)); }
  F.setOption({ series: s1 }, { replaceMerge: ['series'] });
  t.sort((a,b)=>a-b);
  window.__F = F; window.__B = B;
  return t[15];
});
console.log('median setOption', r);
await page.waitForTimeout(800);
await page.locator('.chart').screenshot({ path: '/tmp/map-after.png' });
// roam: wheel zoom over the chart
const box = await page.locator('.chart').boundingBox();
await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.5);
for (let i = 0; i < 5; i++) { await page.mouse.wheel(0, -200); await page.waitForTimeout(100); }
await page.mouse.down(); await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.6, { steps: 5 }); await page.mouse.up();
await page.waitForTimeout(800);
await page.locator('.chart').screenshot({ path: '/tmp/map-roamed.png' });
console.log(await page.evaluate(() => JSON.stringify([__F.getOption().geo[0].center, __F.getOption().geo[0].zoom, __B.getOption().geo[0].center, __B.getOption().geo[0].zoom])));
await page.evaluate(() => { window.__n = 0; __B.getZr().on('rendered', () => __n++); __B.dispatchAction({type:'geoRoam', componentType:'geo', geoId:'world', dx: 50, dy: 0}); });
await page.waitForTimeout(800);
console.log('rendered', await page.evaluate(() => [__n, JSON.stringify(__B.getOption().geo[0].center)]));
await page.locator('.chart').screenshot({ path: '/tmp/map-roamed2.png' });
await browser.close(); await server.close();
