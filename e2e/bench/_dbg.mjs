import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url + '?view=overview'); await page.waitForTimeout(2000);
await page.evaluate(() => {
  const [map] = document.querySelectorAll('.chart canvas');
  window.__log = [];
  const ctx = map.getContext('2d'); const clear = ctx.clearRect.bind(ctx);
  ctx.clearRect = (...a) => { window.__log.push(performance.now().toFixed(1) + ' ' + new Error().stack.split('\n').slice(2, 14).map(l => l.trim().split(' ')[1]).join(' < ')); clear(...a); };
  const o = history.pushState.bind(history); history.pushState = (...a) => { window.__log.push(performance.now().toFixed(1) + ' pushState'); o(...a); };
});
await page.selectOption('select[name=partner]', 'daejeon');
await page.waitForTimeout(1500);
console.log((await page.evaluate(() => window.__log)).join('\n'));
await browser.close(); await server.close();
