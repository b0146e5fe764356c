import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { SCREENS, contextFor, settled } from '../lib/screens.mjs';
const server = await startServer({ root: process.argv[2] });
const browser = await launch();
try {
  for (const w of [360, 390]) {
    const ctx = await browser.newContext(contextFor(SCREENS.find((s) => s.width === w), 'light'));
    const page = await ctx.newPage();
    await page.goto(server.url + 'matrix.html');
    await settled(page);
    console.log(w, JSON.stringify(await page.evaluate(() => ['.view-head', '.intro', '.takeaway', '.matrix-legend', '.legend-note', '.chart-table', '.chart-table table'].map((s) => { const r = document.querySelector(s)?.getBoundingClientRect(); return [s, Math.round(r?.top), Math.round(r?.bottom)]; }))));
    await page.screenshot({ path: `/tmp/matrix-${w}.png` });
    await ctx.close();
  }
} finally { await browser.close(); await server.close(); }
