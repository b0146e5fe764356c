// Post-build step "styles": the page's style sheets, joined, inside every page. Run by
// tools/postbuild.mjs, first, so that every page made from index.html after it (the bake's)
// carries them.
//
// Why: a style sheet linked from the page blocks the first paint until it has been requested,
// has arrived and been parsed. Inside the page it comes with the HTML: no request, no round
// trip, no wait behind the app's own downloads. Measured (docs/history.md): on a phone on a slow
// mobile network the first paint of `timeline.html` 300 ms sooner (the round trip saved); on
// 127.0.0.1 from no difference to 166 ms sooner, as the sheet's response did or did not wait.
// The bytes before the first paint are the same (the sheet was among them); each page carries
// the sheet (about 9 kB gzip) where it was one file for all.
//
// The sources stay apart, one concern each (public/app.css the page, notes.css, present.css,
// export.css); the build joins them in the order index.html links them, so the cascade is the
// same, into one <style> where the first sheet was linked, and removes the files. The
// Content-Security-Policy allows it by its hash (tools/postbuild/csp.mjs, a later step).
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A style sheet link as Trunk writes it: `<link rel="stylesheet" href="./x.css" integrity="…"/>`. */
const SHEET = /<link rel="stylesheet" href="\.\/([^"/]+\.css)"(?: integrity="[^"]*")?\s*\/?>/g;

/** The joined sheets of `parts` (named `names`), as they go inside a <style>. */
function joined(names, parts) {
  for (const [i, css] of parts.entries()) {
    // Inside the page a sheet's `@charset` means nothing, and an `@import` would be the request
    // that joining them saves.
    if (/@(charset|import)\b/.test(css)) throw new Error(`styles: ${names[i]} has an @charset or @import, which a sheet inside the page cannot have`);
    if (/<\/style/i.test(css)) throw new Error(`styles: ${names[i]} contains "</style", which would end the page's <style>`);
  }
  return parts.map((p) => p.trimEnd()).join('\n');
}

export async function run(dir) {
  const pages = (await readdir(dir)).filter((name) => name.endsWith('.html'));
  if (!pages.includes('index.html')) throw new Error(`styles: no index.html in ${dir}`);
  const sheets = [...(await readFile(join(dir, 'index.html'), 'utf8')).matchAll(SHEET)].map((m) => m[1]);
  // A second run finds no sheet to join: the build is left as it is.
  if (!sheets.length) return;
  const css = joined(sheets, await Promise.all(sheets.map((name) => readFile(join(dir, name), 'utf8'))));
  const style = `<style>\n${css}\n</style>`;
  const written = [];
  for (const page of pages) {
    const html = await readFile(join(dir, page), 'utf8');
    let first = true;
    const inline = html.replace(new RegExp(`\\s*${SHEET.source}`, 'g'), (tag, href) => {
      if (!sheets.includes(href)) throw new Error(`styles: ${page} links ${href}, which index.html does not`);
      // `() =>`: the sheet's own `$` must not be read as a replacement pattern.
      const out = first ? tag.replace(/<link[\s\S]*$/, () => style) : '';
      first = false;
      return out;
    });
    written.push([page, inline]);
  }
  // Every page is checked before any is written: a refused build is left as it was.
  for (const [page, html] of written) await writeFile(join(dir, page), html);
  await Promise.all(sheets.map((s) => rm(join(dir, s))));
}
