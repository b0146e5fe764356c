import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { contextFor, settled } from '../lib/screens.mjs';
import { pageOf } from '../pages/dashboard.mjs';
const server = await startServer({ root: process.argv[2] });
const browser = await launch();
try {
  for (const theme of ['light', 'dark']) {
    const ctx = await browser.newContext(contextFor({ width: 1366, height: 768 }, theme));
    const page = await ctx.newPage();
    for (const v of process.argv.slice(3)) {
      await page.goto(server.url + pageOf(v));
      await settled(page);
      await page.evaluate(() => document.querySelector('.takeaway')?.scrollIntoView());
      await page.screenshot({ path: `/tmp/shot-${theme}-${v}.png`, fullPage: false });
    }
    await ctx.close();
  }
} finally { await browser.close(); await server.close(); }
