import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1].toFixed(1); };
for (const view of ['overview', 'timeline', 'matrix', 'challenges', 'learning']) {
  await page.goto(`${server.url}?view=${view}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
  await page.waitForTimeout(500);
  await page.evaluate(() => {
    window.__r = [];
    document.addEventListener('change', () => {
      const t0 = performance.now(); const r = { t0 };
      const ch = new MessageChannel(); ch.port1.onmessage = () => { r.t1 = performance.now(); };
      ch.port2.postMessage(0);
      requestAnimationFrame(() => { r.t2 = performance.now(); setTimeout(() => { r.t3 = performance.now(); window.__r.push(r); }); });
    }, { capture: true });
  });
  const ps = ['daejeon', '', 'miri', ''];
  for (let i = 0; i < 24; i++) { await page.selectOption('select[name=partner]', ps[i % 4]); await page.waitForFunction((n) => window.__r.length >= n, i + 1); await page.waitForTimeout(100); }
  const r = await page.evaluate(() => window.__r);
  const fr = await page.evaluate(() => performance.getEntriesByName('filter-render').map(e => e.duration));
  console.log(view, 'script', med(r.map(x => x.t1 - x.t0)), 'wait', med(r.map(x => x.t2 - x.t1)), 'frame', med(r.map(x => x.t3 - x.t2)), 'total', med(r.map(x => x.t3 - x.t0)), 'app filter-render', med(fr));
}
await browser.close(); await server.close();
