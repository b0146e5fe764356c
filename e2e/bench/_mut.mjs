import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
const server = await startServer(); const browser = await launch();
const page = await (await browser.newContext()).newPage();
for (const view of (process.argv[2] || 'overview,timeline,matrix,challenges,learning').split(',')) {
  await page.goto(`${server.url}?view=${view}`);
  await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
  await page.waitForTimeout(600);
  await page.evaluate(() => {
    window.__m = {};
    const where = (n) => { let e = n.nodeType === 1 ? n : n.parentElement; const path = []; while (e && e !== document.body && path.length < 4) { path.unshift(e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ')[0] : '')); e = e.parentElement; } return path.join('>'); };
    new MutationObserver((recs) => { for (const r of recs) { const k = `${r.type} ${where(r.target)}`; const n = r.type === 'childList' ? r.addedNodes.length + r.removedNodes.length : 1; window.__m[k] = (window.__m[k] || 0) + n; } })
      .observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.selectOption('select[name=partner]', 'daejeon');
  await page.waitForTimeout(400);
  const m = await page.evaluate(() => window.__m);
  console.log('==', view, Object.values(m).reduce((a, b) => a + b, 0));
  Object.entries(m).sort((a, b) => b[1] - a[1]).slice(0, 14).forEach(([k, v]) => console.log(String(v).padStart(5), k));
}
await browser.close(); await server.close();
