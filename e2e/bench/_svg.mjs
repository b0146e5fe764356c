import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
const views = (process.argv[2] || 'challenges').split(',');
for (const view of views) {
  await page.goto(`${server.url}?view=${view}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
  await page.waitForTimeout(600);
  await page.evaluate(() => { const i = echarts.getInstanceByDom(document.querySelector('.chart')); const o = i.setOption.bind(i); window.__opts = []; i.setOption = (opt, x) => { window.__opts.push(JSON.stringify(opt)); return o(opt, x); }; });
  for (const p of ['daejeon', '']) { await page.selectOption('select[name=partner]', p); await page.waitForTimeout(700); }
  const res = {};
  for (const renderer of ['canvas', 'svg', 'canvas', 'svg']) {
    // a fresh instance in the chart's element, with this renderer; each change measured to the painted frame
    const r = await page.evaluate(async (renderer) => {
      const el = document.querySelector('.chart');
      echarts.getInstanceByDom(el).dispose();
      const inst = echarts.init(el, null, { renderer });
      const [a, b] = window.__opts.map((s) => JSON.parse(s));
      inst.setOption(structuredClone(a)); await new Promise((r) => setTimeout(r, 1200));
      const sync = [], painted = [];
      for (let i = 0; i < 16; i++) {
        const o = structuredClone(i % 2 ? a : b);
        const t0 = performance.now(); inst.setOption(o, { replaceMerge: ['series'] }); sync.push(performance.now() - t0);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        painted.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 500));
      }
      const med = (xs) => [...xs].sort((x, y) => x - y)[xs.length >> 1].toFixed(1);
      return `${med(sync)}/${med(painted)}`;
    }, renderer);
    (res[renderer] ||= []).push(r);
  }
  console.log(view, '(setOption/→painted median ms)', JSON.stringify(res));
}
await browser.close(); await server.close();
