import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { SCREENS, contextFor, settled } from '../lib/screens.mjs';
import { VIEWS, pageOf } from '../pages/dashboard.mjs';
const root = process.argv[2];
const server = await startServer({ root });
const browser = await launch();
try {
  for (const s of [...SCREENS]) {
    const ctx = await browser.newContext(contextFor(s, 'light'));
    const page = await ctx.newPage();
    for (const v of ['overview','timeline','challenges']) {
      await page.goto(server.url + pageOf(v));
      await settled(page);
      const r = await page.evaluate(() => {
        const b = (sel) => { const e = document.querySelector(sel); if (!e) return null; const r = e.getBoundingClientRect(); return [Math.round(r.top), Math.round(r.bottom)]; };
        return { take: b('.takeaway'), figs: b('.overview-figures'), chart: b('.view-main .chart'), intro: b('.intro'), finding: b('.overview-summary') };
      });
      console.log(s.name, v, JSON.stringify(r));
    }
    if (s.name === 'wxga-1366') { await page.goto(server.url + pageOf('overview')); await settled(page); await page.screenshot({ path: '/tmp/ov-1366.png' }); }
    await ctx.close();
  }
} finally { await browser.close(); await server.close(); }
