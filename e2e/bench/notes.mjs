// Notes at scale: stores `count` notes, reloads, and measures the time from clicking "Notes" until
// the panel has painted its list (5 reloads), and the time to load them at start (first chart drawn).
// `make bench` reports it for 10 000 notes; on its own, after `make build`:
// `node e2e/bench/notes.mjs [count]` (default 1000 and 10000).
import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { fmt } from './stats.mjs';
import { appHasPage } from './warm.mjs';

const RELOADS = 5;

/** { opens, loads } in ms: opening the notes panel, and the first chart drawn after each reload. */
export async function notesBench(browser, url, count) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
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
  for (let run = 0; run < RELOADS; run++) {
    await page.reload();
    await appHasPage(page);
    loads.push(await page.evaluate(() => performance.getEntriesByName('first-chart-drawn')[0].startTime));
    opens.push(await page.evaluate(() => new Promise((done) => {
      const t0 = performance.now();
      document.querySelector('.notes-toggle').click();
      const wait = () => (document.querySelector('#notes-panel .note')
        ? requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0))
        : requestAnimationFrame(wait));
      wait();
    })));
  }
  await context.close();
  return { opens, loads };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = process.argv[2] ? [Number(process.argv[2])] : [1000, 10000];
  const server = await startServer();
  const browser = await launch();
  try {
    for (const count of counts) {
      const { opens, loads } = await notesBench(browser, server.url, count);
      console.log(`${count} notes: open the notes panel ${fmt(opens, 'ms', 0)}; first chart drawn ${fmt(loads, 'ms', 0)} after navigation (median (min–max) of ${RELOADS})`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
