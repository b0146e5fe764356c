import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
await page.goto(server.url + '?view=learning'); await page.waitForTimeout(1500);
console.log(await page.evaluate(() => { const r = []; for (let i = 0; i < 20; i++) { const t0 = performance.now(); history.pushState(null, '', '?view=learning&x=' + i); r.push(performance.now() - t0); } return r.map(x => x.toFixed(2)).join(' '); }));
console.log(await page.evaluate(async () => { const r = []; for (let i = 0; i < 10; i++) { await new Promise(res => setTimeout(res, 200)); const t0 = performance.now(); history.pushState(null, '', '?view=learning&y=' + i); r.push(performance.now() - t0); } return r.map(x => x.toFixed(2)).join(' '); }));
await browser.close(); await server.close();
