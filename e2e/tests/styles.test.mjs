// The page's style sheets as one file (tools/postbuild/styles.mjs): every page of the release
// build links one sheet, whose integrity holds, with every source sheet's rules in the order
// index.html lists them; and the step itself, on a small build of its own: the order kept, the
// sheets it joins removed, a second run changing nothing, a sheet that cannot follow another
// refused.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST } from '../lib/server.mjs';
import { run } from '../../tools/postbuild/styles.mjs';
import { sri } from '../../tools/postbuild/sri.mjs';

const SHEET = /<link rel="stylesheet" href="\.\/([^"]+)" integrity="([^"]+)"\/>/g;
/** A selector only each source sheet has, in index.html's order (public/*.css). */
const FROM_EACH = [['app.css', '.app-subtitle'], ['notes.css', '.note-editor'], ['present.css', '.presenter-head'], ['export.css', '.print-header']];

describe('the style sheets of the release build', () => {
  it('every page links the same one sheet, whole, with every source sheet in order', () => {
    const pages = readdirSync(DIST).filter((n) => n.endsWith('.html'));
    assert.ok(pages.length >= 6, pages.join(' '));
    const linked = new Set();
    for (const page of pages) {
      const links = [...readFileSync(join(DIST, page), 'utf8').matchAll(SHEET)];
      assert.equal(links.length, 1, `${page} links ${links.length} style sheets`);
      const [, href, integrity] = links[0];
      assert.equal(sri(readFileSync(join(DIST, href))), integrity, `${page}: ${href}'s integrity`);
      linked.add(href);
    }
    assert.equal(linked.size, 1, [...linked].join(' '));
    const css = readFileSync(join(DIST, [...linked][0]), 'utf8');
    const at = FROM_EACH.map(([source, selector]) => {
      assert.ok(readFileSync(new URL(`../../public/${source}`, import.meta.url), 'utf8').includes(selector), `${source} has ${selector}`);
      return css.indexOf(selector);
    });
    assert.ok(at.every((i) => i >= 0), `every source's rules are in the sheet: ${at}`);
    assert.deepEqual([...at].sort((a, b) => a - b), at, 'in index.html\'s order');
    assert.deepEqual(readdirSync(DIST).filter((n) => n.endsWith('.css')), [...linked], 'no other sheet is left');
  });
});

describe('joining style sheets (tools/postbuild/styles.mjs)', () => {
  const build = (sheets, pages = ['index.html', 'timeline.html']) => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-styles-'));
    const links = Object.keys(sheets).map((n) => `  <link rel="stylesheet" href="./${n}" integrity="${sri(sheets[n])}"/>`).join('\n');
    for (const [name, css] of Object.entries(sheets)) writeFileSync(join(dir, name), css);
    for (const page of pages) writeFileSync(join(dir, page), `<!DOCTYPE html>\n<html><head>\n${links}\n  <link rel="icon" href="./favicon.svg">\n</head><body>${page}</body></html>\n`);
    return dir;
  };

  it('joins the sheets in their order into one file every page links, and removes them', async () => {
    const dir = build({ 'a-1.css': 'a{color:red}\n', 'b-2.css': 'b{color:blue}', 'c-3.css': 'c{color:green}' });
    await run(dir);
    const css = readdirSync(dir).filter((n) => n.endsWith('.css'));
    assert.equal(css.length, 1, css.join(' '));
    assert.match(css[0], /^styles-[0-9a-f]{16}\.css$/);
    const joined = readFileSync(join(dir, css[0]), 'utf8');
    assert.equal(joined, 'a{color:red}\nb{color:blue}\nc{color:green}');
    for (const page of ['index.html', 'timeline.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      assert.deepEqual([...html.matchAll(SHEET)].map((m) => [m[1], m[2]]), [[css[0], sri(joined)]]);
      assert.match(html, /<link rel="icon" href="\.\/favicon\.svg">/, 'other links stay');
      assert.match(html, new RegExp(`<body>${page}</body>`));
    }
    // A second run finds one sheet and leaves the build as it is.
    const before = readFileSync(join(dir, 'index.html'), 'utf8');
    await run(dir);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), before);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.css')), css);
  });

  it('refuses a sheet whose @import could not follow another, and changes nothing', async () => {
    const dir = build({ 'a-1.css': 'a{color:red}', 'b-2.css': '@import "x.css";b{color:blue}' });
    await assert.rejects(run(dir), /b-2\.css has an @charset or @import/);
    assert.deepEqual(readdirSync(dir).filter((n) => n.endsWith('.css')).sort(), ['a-1.css', 'b-2.css']);
  });
});
