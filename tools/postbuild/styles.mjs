// Post-build step "styles": the page's style sheets as one file. Run by tools/postbuild.mjs,
// first, so that every page made from index.html after it (the bake's) links the one file.
//
// Why: a style sheet blocks the first paint until it has arrived and been parsed, and each is a
// request of its own, compressed on its own. The sources stay apart, one concern each
// (public/app.css the page, notes.css, present.css, export.css); the build joins them in the
// order index.html links them, so the cascade is the same. One sheet is 3 kB (gzip) less than
// four, which a phone on a slow network feels: its first paint 54 ms sooner (docs/history.md).
//
// The joined file is named after its contents as Trunk names its files (`styles-<hash>.css`) and
// carries Subresource Integrity as Trunk's links do; the sheets it replaces are removed.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { sri } from './sri.mjs';

/** A style sheet link as Trunk writes it: `<link rel="stylesheet" href="./x.css" integrity="…"/>`. */
const SHEET = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"(?: integrity="[^"]*")?\s*\/?>/g;

export async function run(dir) {
  const pages = (await readdir(dir)).filter((name) => name.endsWith('.html'));
  if (!pages.includes('index.html')) throw new Error(`styles: no index.html in ${dir}`);
  const sheets = [...(await readFile(join(dir, 'index.html'), 'utf8')).matchAll(SHEET)].map((m) => m[1]);
  if (sheets.length < 2) return;
  const parts = await Promise.all(sheets.map((name) => readFile(join(dir, name), 'utf8')));
  // A sheet's own `@charset` or `@import` is only valid at the start of a file.
  for (const [i, css] of parts.entries()) {
    if (i > 0 && /@(charset|import)\b/.test(css)) throw new Error(`styles: ${sheets[i]} has an @charset or @import, which cannot follow another sheet`);
  }
  const css = parts.map((p) => p.trimEnd()).join('\n');
  const name = `styles-${createHash('sha256').update(css).digest('hex').slice(0, 16)}.css`;
  const integrity = sri(css);
  await writeFile(join(dir, name), css);
  const link = `<link rel="stylesheet" href="./${name}" integrity="${integrity}"/>`;
  for (const page of pages) {
    const html = await readFile(join(dir, page), 'utf8');
    let first = true;
    const joined = html.replace(new RegExp(`\\s*${SHEET.source}`, 'g'), (tag, href) => {
      if (!sheets.includes(href)) throw new Error(`styles: ${page} links ${href}, which index.html does not`);
      const out = first ? tag.replace(/<link[\s\S]*$/, link) : '';
      first = false;
      return out;
    });
    await writeFile(join(dir, page), joined);
  }
  await Promise.all(sheets.map((s) => rm(join(dir, s))));
}
