// The page's style sheets inside every page (tools/postbuild/styles.mjs): every page of the
// release build carries the same one <style> with every source sheet's rules in the order
// index.html lists them, allowed by the page's Content-Security-Policy, and links no sheet; and
// the step itself, on a small build of its own: the order kept, the sheet where the first link
// was, the files removed, a second run changing nothing, a sheet that cannot be inside a page
// refused with nothing changed.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { DIST } from '../lib/server.mjs';
import { hashSource } from '../../tools/postbuild/csp.mjs';
import { run } from '../../tools/postbuild/styles.mjs';
import { sri } from '../../tools/postbuild/sri.mjs';

/** The page's own sheet: a <style> with no attributes (the bake's is `<style data-bake>`). */
const STYLE = /<style>([\s\S]*?)<\/style>/g;
const LINKED_SHEET = /<link rel="stylesheet"/;
/** A selector only each source sheet has, in index.html's order (public/*.css). */
const FROM_EACH = [['app.css', '.app-subtitle'], ['notes.css', '.note-editor'], ['present.css', '.presenter-head'], ['export.css', '.print-header']];

describe('the style sheets of the release build', () => {
  it('every page carries the same one sheet, whole, with every source sheet in order, allowed by its policy', () => {
    const pages = readdirSync(DIST).filter((n) => n.endsWith('.html'));
    assert.ok(pages.length >= 6, pages.join(' '));
    const sheets = new Set();
    for (const page of pages) {
      const html = readFileSync(join(DIST, page), 'utf8');
      const styles = [...html.matchAll(STYLE)];
      assert.equal(styles.length, 1, `${page} has ${styles.length} style sheets of its own`);
      assert.doesNotMatch(html, LINKED_SHEET, `${page} links a style sheet`);
      const css = styles[0][1];
      const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? '';
      assert.ok(policy.split(';').find((d) => d.trim().startsWith('style-src'))?.includes(hashSource(css)), `${page}: the policy allows its sheet`);
      assert.ok(html.indexOf(styles[0][0]) < html.indexOf('</head>'), `${page}: the sheet is in the head`);
      sheets.add(css);
    }
    assert.equal(sheets.size, 1, 'every page has the same sheet');
    const [css] = sheets;
    const at = FROM_EACH.map(([source, selector]) => {
      assert.ok(readFileSync(new URL(`../../public/${source}`, import.meta.url), 'utf8').includes(selector), `${source} has ${selector}`);
      return css.indexOf(selector);
    });
    assert.ok(at.every((i) => i >= 0), `every source's rules are in the sheet: ${at}`);
    assert.deepEqual([...at].sort((a, b) => a - b), at, 'in index.html\'s order');
    assert.deepEqual(readdirSync(DIST).filter((n) => n.endsWith('.css')), [], 'no sheet is left as a file');
  });
});

describe('style sheets inside the page (tools/postbuild/styles.mjs)', () => {
  const build = (sheets, pages = ['index.html', 'timeline.html']) => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-styles-'));
    const links = Object.keys(sheets).map((n) => `  <link rel="stylesheet" href="./${n}" integrity="${sri(sheets[n])}"/>`).join('\n');
    for (const [name, css] of Object.entries(sheets)) writeFileSync(join(dir, name), css);
    for (const page of pages) writeFileSync(join(dir, page), `<!DOCTYPE html>\n<html><head>\n  <script>first()</script>\n${links}\n  <link rel="icon" href="./favicon.svg">\n</head><body>${page}</body></html>\n`);
    return dir;
  };
  const files = (dir) => readdirSync(dir).sort();

  it('puts the sheets, in their order, where the first was linked in every page, and removes their files', async () => {
    const dir = build({ 'a-1.css': 'a{color:red}\n', 'b-2.css': 'b::after{content:"$&"}', 'c-3.css': 'c{color:green}' });
    await run(dir);
    assert.deepEqual(files(dir), ['index.html', 'timeline.html']);
    for (const page of ['index.html', 'timeline.html']) {
      const html = readFileSync(join(dir, page), 'utf8');
      assert.deepEqual([...html.matchAll(STYLE)].map((m) => m[1]), ['\na{color:red}\nb::after{content:"$&"}\nc{color:green}\n']);
      assert.doesNotMatch(html, LINKED_SHEET);
      assert.match(html, /<script>first\(\)<\/script>\n {2}<style>[\s\S]*<\/style>\n {2}<link rel="icon" href="\.\/favicon\.svg">/, 'where the first sheet was; other links stay');
      assert.match(html, new RegExp(`<body>${page}</body>`));
    }
    // A second run finds no sheet and leaves the build as it is.
    const before = readFileSync(join(dir, 'index.html'), 'utf8');
    await run(dir);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), before);
  });

  for (const [what, css, message] of [
    ['an @import, a request of its own', '@import "x.css";b{color:blue}', /b-2\.css has an @charset or @import/],
    ['an @charset', '@charset "utf-8";b{color:blue}', /b-2\.css has an @charset or @import/],
    ['"</style", which would end the <style>', 'b::after{content:"</style>"}', /b-2\.css contains "<\/style"/],
  ]) {
    it(`refuses a sheet with ${what}, and changes nothing`, async () => {
      const dir = build({ 'a-1.css': 'a{color:red}', 'b-2.css': css });
      const before = readFileSync(join(dir, 'index.html'), 'utf8');
      await assert.rejects(run(dir), message);
      assert.deepEqual(files(dir), ['a-1.css', 'b-2.css', 'index.html', 'timeline.html']);
      assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), before);
    });
  }

  it('refuses a page that links a sheet index.html does not, and changes nothing', async () => {
    const dir = build({ 'a-1.css': 'a{color:red}' });
    writeFileSync(join(dir, 'timeline.html'), '<html><head><link rel="stylesheet" href="./other.css"/></head></html>');
    const before = readFileSync(join(dir, 'index.html'), 'utf8');
    await assert.rejects(run(dir), /timeline\.html links other\.css, which index\.html does not/);
    assert.equal(readFileSync(join(dir, 'index.html'), 'utf8'), before);
    assert.ok(files(dir).includes('a-1.css'));
  });
});
