// Screenshots of every view on every screen, for a person to look at (make screenshots):
//   node e2e/tools/screenshots.mjs [dist] [out]      (defaults: dist/ and screenshots/)
// Writes into `out` (not committed):
//   <w>x<h>/<theme>-<view>.png           the first screen of each view, light and dark
//   <w>x<h>/<theme>-<view>-full.png      the whole page, on phones
//   <w>x<h>/light-menu.png, -filters.png a phone's header menu and filter panel open
//   story-<w>x<h>/<theme>-<n>.png        each step of the story on each projector size,
//                                        in the light and the projector theme
//   embed-<w>/<theme>-<view>.png         each view embedded (?embed=1), the whole page
// and prints, for each screen and view, where the chart (the evidence view: its first heading
// and item) starts, in px from the top and as a share of the screen's height.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { SCREENS, PROJECTORS, contextFor, evidenceTop, settled } from '../lib/screens.mjs';
import { DATASET, VIEWS, pageOf } from '../pages/dashboard.mjs';

const root = resolve(process.argv[2] ?? 'dist');
const out = resolve(process.argv[3] ?? 'screenshots');
const server = await startServer({ root });
const browser = await launch();
let shots = 0;

async function shoot(page, dir, name, fullPage = false) {
  mkdirSync(join(out, dir), { recursive: true });
  await page.screenshot({ path: join(out, dir, `${name}.png`), fullPage });
  shots += 1;
}

try {
  console.log(`${'screen'.padEnd(12)} ${'view'.padEnd(12)} starts at`);
  for (const screen of SCREENS) {
    const dir = `${screen.width}x${screen.height}`;
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext(contextFor(screen, theme));
      const page = await context.newPage();
      for (const view of VIEWS) {
        await page.goto(server.url + pageOf(view));
        await settled(page);
        if (theme === 'light') {
          const start = await evidenceTop(page);
          const share = Math.round((start.top / screen.height) * 100);
          console.log(`${dir.padEnd(12)} ${view.padEnd(12)} ${Math.round(start.top)} px (${share} %) ${start.what}`);
        }
        await shoot(page, dir, `${theme}-${view}`);
        if (screen.phone) await shoot(page, dir, `${theme}-${view}-full`, true);
      }
      // A build from before the phone's menu has no menu to open.
      if (screen.phone && theme === 'light' && await page.locator('.menu-toggle').count()) {
        await page.goto(`${server.url}${pageOf('timeline')}?partner=daejeon&from=2015`);
        await settled(page);
        await page.locator('.menu-toggle').click();
        await shoot(page, dir, 'light-menu');
        await page.locator('.menu-toggle').click();
        await page.locator('.filter-toggle').click();
        await shoot(page, dir, 'light-filters');
      }
      await context.close();
    }
  }
  for (const screen of PROJECTORS) {
    for (const theme of ['light', 'projector']) {
      const context = await browser.newContext(contextFor(screen));
      const page = await context.newPage();
      await page.goto(`${server.url}?step=${DATASET.story[0].id}`);
      await settled(page);
      if (theme === 'projector') await page.locator('.story-projector').click();
      for (const [i, step] of DATASET.story.entries()) {
        if (i > 0) await page.keyboard.press('ArrowRight');
        await page.waitForFunction((id) => document.querySelector('.story-bar')?.dataset.step === id, step.id);
        await settled(page);
        await shoot(page, `story-${screen.width}x${screen.height}`, `${theme}-${String(i + 1).padStart(2, '0')}`);
      }
      await context.close();
    }
  }
  for (const width of [320, 390, 800]) {
    for (const theme of ['light', 'dark']) {
      const context = await browser.newContext(contextFor({ width, height: 700 }, theme));
      const page = await context.newPage();
      for (const view of VIEWS) {
        await page.goto(`${server.url}${pageOf(view)}?embed=1`);
        await settled(page);
        await shoot(page, `embed-${width}`, `${theme}-${view}`, true);
      }
      await context.close();
    }
  }
  console.log(`${shots} screenshots in ${out}`);
} finally {
  await browser.close();
  await server.close();
}
