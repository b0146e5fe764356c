// Two builds compared at `scale` times the bundled data (tools/synth.mjs), interleaved:
// `node e2e/bench/scale-ab.mjs <dist A> <dist B> [scale, default 1000] [rounds, default 2]
// [changes per view, default 4]`. Each round runs `make bench`'s larger-data step (warm.mjs,
// `atScale`) once on A and once on B, in alternating order, each in a fresh context: opening the
// file until it is painted and the longest task meanwhile, filter changes on every view and view
// switches, then the JS heap and the wasm memory. Medians over the rounds (the changes pooled).
// Figures, not assertions.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { startServer } from '../lib/server.mjs';
import { fmt } from './stats.mjs';
import { FILTERED_VIEWS, atScale } from './warm.mjs';

const [distA, distB, scaleArg, roundsArg, changesArg] = process.argv.slice(2);
if (!distA || !distB) {
  console.error('usage: node e2e/bench/scale-ab.mjs <dist A> <dist B> [scale, default 1000] [rounds, default 2] [changes, default 4]');
  process.exit(2);
}
const scale = Number(scaleArg ?? 1000);
const rounds = Number(roundsArg ?? 2);
const changes = Number(changesArg ?? 4);
const MB = (b) => b / (1024 * 1024);

const dir = mkdtempSync(join(tmpdir(), 'pd-scale-ab-'));
const servers = [await startServer({ root: distA, gzip: true }), await startServer({ root: distB, gzip: true })];
const browser = await launch();
try {
  const runs = [[], []];
  for (let round = 0; round < rounds; round++) {
    for (const build of round % 2 ? [1, 0] : [0, 1]) {
      runs[build].push(await atScale(browser, servers[build].url, dir, scale, { changes, rounds: 1, reloads: 0 }));
    }
  }
  const all = (build, f) => runs[build].flatMap(f);
  const line = (label, f, unit = 'ms', digits = 0) => `| ${label} | ${fmt(all(0, f), unit, digits)} | ${fmt(all(1, f), unit, digits)} |`;
  console.log([
    `\n×${scale} (${runs[0][0].counts} events / actors / relationships, ${MB(runs[0][0].size).toFixed(1)} MB), ${rounds} rounds, ${changes} changes per view a round; median (min–max):\n`,
    `| | A: ${distA} | B: ${distB} |`,
    '|---|---:|---:|',
    line('open the file → painted', (r) => [r.open]),
    line('the longest task while it opens', (r) => [r.openTask]),
    ...FILTERED_VIEWS.map((v) => line(`updated, ${v}`, (r) => r.filter[v].update)),
    ...FILTERED_VIEWS.map((v) => line(`→ painted, ${v}`, (r) => r.filter[v])),
    ...FILTERED_VIEWS.map((v) => line(`table painted, ${v}`, (r) => r.filter[v].tablePainted)),
    line('view switch → painted', (r) => r.switches),
    line('JS heap after these (after GC)', (r) => [MB(r.heap)], 'MB', 1),
    line('wasm memory after these', (r) => [MB(r.wasm)], 'MB', 1),
  ].join('\n'));
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
}
