// Notes at scale (`node e2e/bench/notes.mjs [count]`, after `make build`): stores `count` notes
// (default 1000 and 10000), reloads, and reports the time from clicking "Notes" until the panel
// has painted its list (median of 5), and the time to load them at start (first chart drawn).
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';

const counts = process.argv[2] ? [Number(process.argv[2])] : [1000, 10000];
const server = await startServer();
const browser = await launch();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
for (const count of counts) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(server.url);
  await page.waitForSelector('html[data-app-ready]');
  await page.evaluate((n) => {
    const ids = ['ev-mou-2016', 'ev-loi-2015', 'daejeon', 'tangerang-selatan'];
    for (let i = 0; i < n; i++) {
      const id = `n-bench-${i}`;
      const target = i % 5 === 4 ? { kind: 'free' } : { kind: 'item', id: ids[i % 4] };
      localStorage.setItem(`paradiplomacy-dashboard/v1/note/${id}`, JSON.stringify({
        schema: 2, id, target, text: `Bench note ${i} about #tag${i % 20} and the MoU`, created: 1700000000000 + i, updated: 1700000000000 + i,
      }));
    }
  }, count);
  const opens = [];
  const loads = [];
  for (let run = 0; run < 5; run++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('first-chart-drawn').length > 0);
    loads.push(await page.evaluate(() => performance.getEntriesByName('first-chart-drawn')[0].startTime));
    const ms = await page.evaluate(() => new Promise((done) => {
      const t0 = performance.now();
      document.querySelector('.notes-toggle').click();
      const wait = () => (document.querySelector('#notes-panel .note')
        ? requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0))
        : requestAnimationFrame(wait));
      wait();
    }));
    opens.push(ms);
  }
  console.log(`${count} notes: open the notes panel ${median(opens).toFixed(0)} ms (median of 5; min ${Math.min(...opens).toFixed(0)}, max ${Math.max(...opens).toFixed(0)}); first chart drawn ${median(loads).toFixed(0)} ms after navigation`);
  await page.context().close();
}
await browser.close();
await server.close();
