import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
for (const view of ['overview', 'timeline', 'matrix', 'challenges', 'learning']) {
  await page.goto(`${server.url}?view=${view}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
  await page.waitForTimeout(600);
  await page.evaluate(() => { window.__mut = []; new MutationObserver(() => window.__mut.push(performance.now())).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true }); const o = history.pushState.bind(history); history.pushState = (...a) => { window.__mut.push(performance.now()); o(...a); }; performance.clearMeasures(); performance.clearMarks(); });
  const ps = ['daejeon', '', 'miri', ''];
  let bad = 0;
  for (let i = 0; i < 8; i++) {
    await page.selectOption('select[name=partner]', ps[i % 4]);
    await page.waitForTimeout(600);
    const r = await page.evaluate(() => {
      const start = performance.getEntriesByName('filter-change').at(-1).startTime;
      const up = performance.getEntriesByName('filter-update').at(-1);
      const draw = performance.getEntriesByName('chart-draw').at(-1);
      const end = up.startTime + up.duration;
      const muts = window.__mut.filter((t) => t >= start && t < start + 300);
      window.__mut = [];
      return { update: up.duration, drawEnd: draw.startTime + draw.duration - start, lastMut: Math.max(...muts) - start };
    });
    if (r.drawEnd > r.update || r.lastMut > r.update) bad++;
    if (i < 2 || r.drawEnd > r.update || r.lastMut > r.update) console.log(view, JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.toFixed(1)]))));
  }
  console.log(view, 'changes where something happened after the update measure:', bad);
}
await browser.close(); await server.close();
