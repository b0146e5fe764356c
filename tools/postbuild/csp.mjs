// Post-build step: the Content-Security-Policy of index.html, as a <meta> right after
// <meta charset> (a CSP <meta> governs only what comes after it). The page may run its own
// files, the inline scripts of this very build (by SHA-256: Trunk's loader) and WebAssembly,
// nothing else. `frame-ancestors` has no effect in a <meta>: the host sends it as a header
// (README, "Headers for the host of the dashboard"). tools/single.mjs reuses `policy` for the
// single-file build, whose every script and style is inline.
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A CSP hash source for `text`, exactly as it stands between its tags. */
export function hashSource(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * The policy allowing `scripts` and `styles` (hash sources of the inline <script> and <style>
 * elements) and, when `self` is true, the page's own origin. Without `self` (a file opened from
 * file://, where the origin is opaque) the page can load nothing but what is inline.
 * No inline style attributes either: the app sets styles through the CSSOM, which CSP allows,
 * and its tooltips are plain-text templates. ECharts's default tooltip (coloured markers) and
 * its tooltip arrow (a `position` given as a word) are HTML with `style="…"`: a chart that uses
 * them needs `style-src-attr 'unsafe-inline'` (e2e/tests/csp.test.mjs fails until it has it).
 */
export function policy({ scripts = [], styles = [], self = true }) {
  const from = (...sources) => {
    const list = [...(self ? ["'self'"] : []), ...sources];
    return list.length ? list.join(' ') : "'none'";
  };
  return [
    `default-src ${from()}`,
    `script-src ${from("'wasm-unsafe-eval'", ...scripts)}`,
    `style-src ${from(...styles)}`,
    `img-src ${from('data:', 'blob:')}`,
    `connect-src ${from()}`,
    `worker-src ${from()}`,
    `manifest-src ${from()}`,
    `font-src ${from()}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script\s*>/gi;
/** An inline <style> and its text (also read by tools/single.mjs). */
export const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
const CSP_META = /[ \t]*<meta\s+http-equiv="Content-Security-Policy"[^>]*>\n?/gi;
const CHARSET_META = /<meta\s+charset=[^>]*>\n?/i;

/** The hash sources of every inline element `pattern` matches in `html`. */
function inlineHashes(html, pattern) {
  return [...html.matchAll(pattern)].map((m) => hashSource(m[1]));
}

/**
 * `html` with the policy meta (replacing any earlier one) right after <meta charset>. The hash
 * sources of its inline scripts and styles are found in `html` unless given.
 */
export function withPolicy(html, { scripts, styles, self = true } = {}) {
  const page = html.replace(CSP_META, '');
  const charset = page.match(CHARSET_META);
  if (!charset) throw new Error('csp: the page has no <meta charset>, so the policy has no place');
  const content = policy({
    scripts: scripts ?? inlineHashes(page, INLINE_SCRIPT),
    styles: styles ?? inlineHashes(page, INLINE_STYLE),
    self,
  });
  const meta = `  <meta http-equiv="Content-Security-Policy" content="${content}">\n`;
  const at = charset.index + charset[0].length;
  return page.slice(0, at) + (charset[0].endsWith('\n') ? '' : '\n') + meta + page.slice(at);
}

/**
 * Writes the policy into every page of `dir` (index.html, and each view's baked page).
 * Idempotent: a second run gives the same files.
 */
export async function run(dir) {
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.html'))) {
    const file = join(dir, name);
    await writeFile(file, withPolicy(await readFile(file, 'utf8')));
  }
}
