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
  const r = await page.evaluate(async () => {
    const el = document.querySelector('.chart');
    const inst = echarts.getInstanceByDom(el);
    const [a, b] = window.__opts.map((s) => JSON.parse(s));
    const V = {
      plain: (o) => o,
      nodecal: (o) => { if (o.aria) o.aria = { enabled: false }; return o; },
      nolabel: (o) => { o.series.forEach(s => { if (s.label) s.label.show = false; }); return o; },
      noanim: (o) => { o.animation = false; return o; },
      notooltip: (o) => { delete o.tooltip; return o; },
    };
    const times = Object.fromEntries(Object.keys(V).map(k => [k, []]));
    for (let round = 0; round < 24; round++) for (const [k, f] of Object.entries(V)) {
      // from the other state, drawn plainly, then this variant
      inst.setOption(structuredClone(round % 2 ? b : a), { replaceMerge: ['series'] });
      await new Promise((r) => setTimeout(r, 350));
      const o = f(structuredClone(round % 2 ? a : b));
      const t0 = performance.now(); inst.setOption(o, { replaceMerge: ['series'] }); times[k].push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 350));
    }
    const q = (xs, p) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length * p)].toFixed(1);
    return Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, `${q(xs, 0.1)}/${q(xs, 0.5)}`]));
  });
  console.log(view, '(p10/median ms)', JSON.stringify(r));
}
await browser.close(); await server.close();
