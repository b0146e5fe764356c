import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
const views = (process.argv[2] || 'overview,timeline,matrix,challenges,learning').split(',');
for (const view of views) {
  await page.goto(`${server.url}?view=${view}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
  await page.waitForTimeout(600);
  await page.evaluate(() => { const i = echarts.getInstanceByDom(document.querySelector('.chart')); const o = i.setOption.bind(i); window.__opts = []; i.setOption = (opt, x) => { window.__opts.push(JSON.stringify(opt)); return o(opt, x); }; });
  for (const p of ['daejeon', '']) { await page.selectOption('select[name=partner]', p); await page.waitForTimeout(700); }
  const r = await page.evaluate(async () => {
    const el = document.querySelector('.chart');
    const [a, b] = window.__opts.map((s) => JSON.parse(s));
    const withIds = (o) => { const c = structuredClone(o); c.series.forEach((s, k) => { s.id = s.name ? 's-' + s.name : 's' + k; }); return c; };
    const out = {};
    for (const [label, tr, anim] of [['plain', (o) => o, true], ['nodecal', (o) => { const c = structuredClone(o); if (c.aria) c.aria.decal.show = false; return c; }, true], ['plain2', (o) => o, true], ['nolabel', (o) => { const c = structuredClone(o); c.series.forEach(s => { if (s.label) s.label.show = false; }); return c; }, true]]) {
      const inst = echarts.getInstanceByDom(el);
      const times = [];
      for (let i = 0; i < 16; i++) {
        const o = structuredClone(tr(i % 2 ? a : b)); o.animation = anim;
        await new Promise((r) => setTimeout(r, 400));
        const t0 = performance.now(); inst.setOption(o, { replaceMerge: ['series'] }); times.push(performance.now() - t0);
      }
      times.sort((x, y) => x - y); out[label] = times[8].toFixed(1);
    }
    return out;
  });
  console.log(view, JSON.stringify(r));
}
await browser.close(); await server.close();
