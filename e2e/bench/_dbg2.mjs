import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url + '?view=overview'); await page.waitForTimeout(2000);
await page.evaluate(() => {
  const inst = echarts.getInstanceByDom(document.querySelector('.chart'));
  const list = inst.getZr().storage.getDisplayList(true);
  window.__before = new Set(list);
  window.__z = {}; for (const el of list) window.__z[el.zlevel] = (window.__z[el.zlevel] || 0) + 1;
});
await page.selectOption('select[name=partner]', 'daejeon');
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => {
  const inst = echarts.getInstanceByDom(document.querySelector('.chart'));
  const list = inst.getZr().storage.getDisplayList(true);
  const fresh = list.filter(el => !__before.has(el));
  const gone = [...__before].filter(el => !list.includes(el));
  const d = (el) => `${el.type} z${el.zlevel} ${el.parent?.type} ${el.parent?.parent?.name ?? ''} ${el.style?.text ?? ''}`;
  return JSON.stringify({ z: __z, fresh: fresh.filter(e => e.zlevel === 0).map(d).slice(0, 20), gone: gone.filter(e => e.zlevel === 0).map(d).slice(0, 20) }, null, 1);
}));
await browser.close(); await server.close();
