import { launch } from '/work/main/e2e/lib/browser.mjs';
import { startServer } from '/work/main/e2e/lib/server.mjs';
const server = await startServer(); const browser = await launch();
const [w, h, q, out] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4], process.argv[5]];
const page = await (await browser.newContext({ viewport: { width: w, height: h } })).newPage();
page.on('console', m => { if (m.type() === 'error') console.log('console error', m.text()); });
await page.goto(server.url + q); await page.waitForTimeout(1500);
const c = page.locator('.chart').first(); await c.scrollIntoViewIfNeeded(); await c.screenshot({ path: out });
await browser.close(); await server.close();
