import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1].toFixed(1); };
const VARIANTS = {
  base: () => {},
  noPush: () => { history.pushState = () => {}; },
  noAnim: () => { const p = echarts.getInstanceByDom(document.querySelector('.chart')); const o = p.setOption.bind(p); p.setOption = (opt, x) => { opt.animation = false; return o(opt, x); }; },
  noChart: () => { const p = echarts.getInstanceByDom(document.querySelector('.chart')); p.setOption = () => {}; p.resize = () => {}; },
};
const views = (process.argv[2] || 'overview,timeline,matrix,challenges,learning').split(',');
for (const view of views) {
  const row = [view];
  for (const [name, fn] of Object.entries(VARIANTS)) {
    await page.goto(`${server.url}?view=${view}`);
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
    await page.waitForTimeout(600);
    await page.evaluate(`(${fn.toString()})()`);
    await page.evaluate(() => performance.clearMeasures('filter-render'));
    const ps = ['daejeon', '', 'miri', ''];
    for (let i = 0; i < 12; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForFunction((n) => performance.getEntriesByName('filter-render').length >= n, i + 1); await page.waitForTimeout(900); }
    row.push(`${name} ${med(await page.evaluate(() => performance.getEntriesByName('filter-render').map(e => e.duration)))}`);
  }
  console.log(row.join(' | '));
}
await browser.close(); await server.close();
