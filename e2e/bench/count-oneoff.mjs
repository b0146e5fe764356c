import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../lib/browser.mjs';
import { DATASET, pageOf } from '../pages/dashboard.mjs';
import { startServer } from '../lib/server.mjs';
import { synthesise } from '../../tools/synth.mjs';
import { openDataset } from './warm.mjs';
const view = process.argv[2] || 'timeline';
const scale = Number(process.env.SCALE ?? 1);
const server = await startServer(); const browser = await launch();
const ctx = await browser.newContext(); const page = await ctx.newPage();
await page.goto(server.url + pageOf(view)); await page.waitForTimeout(1500);
const data = synthesise(DATASET, scale);
const file = join(mkdtempSync(join(tmpdir(), 'pd-tr-')), `x${scale}.json`);
writeFileSync(file, JSON.stringify(data));
await openDataset(page, file, data.title.en);
await page.waitForTimeout(1500);
console.log(await page.evaluate(() => {
  const out = {};
  for (const el of document.querySelectorAll('.view-body > *, .view-body > * > *, .view-body > * > * > *')) {
    const n = el.querySelectorAll('*').length;
    if (n > 200) out[el.tagName + '.' + el.className + '#' + el.id] = n;
  }
  out.total = document.querySelectorAll('*').length;
  return out;
}));
await browser.close(); await server.close();
