// V8's compile hint on the scripts a first load runs nearly all of (tools/postbuild/compile-hints.mjs):
// in the release build every part of ECharts (marked as bundled, tools/bundle-echarts.mjs) and
// the app's glue begin with it, and every page's integrity for them is that of the marked file
// (else the browser refuses the script); and the step itself, on a small build of its own:
// marks the glue, replaces its integrity in every form a page carries it, leaves the rest
// alone, and changes nothing on a second run.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST } from '../lib/server.mjs';
import { HINT, MARKED, run } from '../../tools/postbuild/compile-hints.mjs';
import { sri } from '../../tools/postbuild/sri.mjs';

/**
 * Every `integrity` or `data-integrity` a page gives a file of the build, as [file, value], and
 * those a part's <meta> gives its chunks (`data-imports`: `<file>|<integrity> …`).
 */
function integrities(html) {
  const out = [];
  for (const tag of html.match(/<(?:script|link|meta)\b[^>]*>/g) ?? []) {
    const file = tag.match(/\b(?:src|href|content)="(?:\.\/)?([^"]+\.js)"/)?.[1];
    const value = tag.match(/\b(?:data-)?integrity="([^"]+)"/)?.[1];
    if (file && value) out.push([file, value]);
    for (const chunk of tag.match(/\bdata-imports="([^"]*)"/)?.[1].split(' ').filter(Boolean) ?? []) {
      out.push(chunk.split('|'));
    }
  }
  return out;
}

describe('the compile hint in the release build', () => {
  const glue = readdirSync(DIST).filter((n) => MARKED.some((p) => p.test(n)));
  const parts = readdirSync(join(DIST, 'echarts')).map((n) => `echarts/${n}`);
  const files = [...glue, ...parts];

  it('every part of ECharts and the app\'s glue begin with it; no other script does', () => {
    assert.equal(glue.length, 1, glue.join(' '));
    assert.ok(parts.some((n) => /\/core-\w+\.js$/.test(n)) && parts.length > 5, parts.join(' '));
    for (const name of files) assert.ok(readFileSync(join(DIST, name), 'utf8').startsWith(`${HINT}\n`), `${name} begins with the hint`);
    for (const name of readdirSync(DIST).filter((n) => n.endsWith('.js') && !files.includes(n))) {
      assert.ok(!readFileSync(join(DIST, name), 'utf8').includes(HINT), `${name} is not marked`);
    }
  });

  it('every page\'s integrity for them is the marked file\'s', () => {
    const seen = new Set();
    for (const page of readdirSync(DIST).filter((n) => n.endsWith('.html'))) {
      for (const [file, value] of integrities(readFileSync(join(DIST, page), 'utf8'))) {
        if (!files.includes(file)) continue;
        assert.equal(value, sri(readFileSync(join(DIST, file))), `${page}: ${file}'s integrity`);
        seen.add(file);
      }
    }
    assert.deepEqual([...seen].sort(), [...files].sort(), 'each is loaded with its integrity by some page');
  });
});

describe('marking scripts (tools/postbuild/compile-hints.mjs)', () => {
  const GLUE = 'paradiplomacy-dashboard-fedcba9876543210.js';
  const MAP = 'world-map-0011223344556677.js';
  const sources = { [GLUE]: 'export default function init() {}\n', [MAP]: 'echarts.registerMap();\n' };

  function build() {
    const dir = mkdtempSync(join(tmpdir(), 'pd-hints-'));
    for (const [name, code] of Object.entries(sources)) writeFileSync(join(dir, name), code);
    const tags = [
      `<link rel="modulepreload" href="./${GLUE}" crossorigin="anonymous" integrity="${sri(sources[GLUE])}">`,
      `<script src="./${MAP}" defer integrity="${sri(sources[MAP])}"></script>`,
    ];
    writeFileSync(join(dir, 'index.html'), `<!DOCTYPE html><html><head>${tags.join('')}</head><body></body></html>`);
    // A page that loads a script on demand carries its integrity in a <meta> (tools/postbuild/chart-parts.mjs).
    writeFileSync(join(dir, 'evidence.html'), `<!DOCTYPE html><html><head><meta name="chart-map" data-map="world" content="./${MAP}" data-integrity="${sri(sources[MAP])}">${tags[0]}</head><body></body></html>`);
    return dir;
  }
  const read = (dir, name) => readFileSync(join(dir, name), 'utf8');

  it('marks the glue, and gives every page its new integrity', async () => {
    const dir = build();
    await run(dir);
    assert.equal(read(dir, GLUE), `${HINT}\n${sources[GLUE]}`);
    assert.equal(read(dir, MAP), sources[MAP], 'the world map is left as it was');
    for (const page of ['index.html', 'evidence.html']) {
      const found = integrities(read(dir, page));
      assert.ok(found.length >= 2, `${page}: ${found}`);
      for (const [file, value] of found) assert.equal(value, sri(read(dir, file)), `${page}: ${file}`);
    }
  });

  it('changes nothing on a second run', async () => {
    const dir = build();
    await run(dir);
    const first = Object.fromEntries(readdirSync(dir).map((n) => [n, read(dir, n)]));
    await run(dir);
    assert.deepEqual(Object.fromEntries(readdirSync(dir).map((n) => [n, read(dir, n)])), first);
  });

  it('stops the build when a file to mark is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-hints-'));
    writeFileSync(join(dir, MAP), sources[MAP]);
    await assert.rejects(run(dir), /expected the app's glue/);
  });
});
