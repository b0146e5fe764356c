import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { SCREENS, contextFor, settled } from '../lib/screens.mjs';
const server = await startServer({ root: process.argv[2] });
const browser = await launch();
try {
  for (const [w, out] of [[1366, '/tmp/overview-1366.png'], [390, '/tmp/overview-390.png']]) {
    const screen = SCREENS.find((s) => s.width === w);
    const ctx = await browser.newContext(contextFor(screen, 'light'));
    const page = await ctx.newPage();
    await page.goto(server.url + 'index.html');
    await settled(page);
    await page.screenshot({ path: out });
    await ctx.close();
  }
} finally { await browser.close(); await server.close(); }
