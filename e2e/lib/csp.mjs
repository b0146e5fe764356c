// Records Content-Security-Policy violations in every page of a browser context, across
// navigations and popups: each `securitypolicyviolation` event (also kept in the page as
// window.__cspViolations) and each console message about the policy.
import { hashSource } from '../../tools/postbuild/csp.mjs';

/** Starts recording in `context`; resolves to the list the violations are appended to. */
export async function recordCspViolations(context) {
  const seen = [];
  await context.exposeBinding('__cspReport', (_source, violation) => seen.push(violation));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = { violatedDirective: e.violatedDirective, blockedURI: e.blockedURI, sample: e.sample };
      window.__cspViolations.push(v);
      window.__cspReport(v);
    });
  });
  context.on('console', (msg) => {
    if (msg.text().includes('Content Security Policy')) seen.push({ console: msg.text() });
  });
  return seen;
}

/** The page's policy meta: its position in <head>, its directives, and the inline code it must allow. */
export async function cspMeta(page) {
  const found = await page.evaluate(() => {
    const head = [...document.head.children];
    const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return {
      count: document.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
      index: head.indexOf(meta),
      firstIsCharset: head[0]?.matches('meta[charset]') ?? false,
      content: meta?.getAttribute('content') ?? '',
      scripts: [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent),
      styles: [...document.querySelectorAll('style')].map((s) => s.textContent),
    };
  });
  const directives = Object.fromEntries(found.content.split(';').map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
  return { ...found, directives, scriptHashes: found.scripts.map(hashSource), styleHashes: found.styles.map(hashSource) };
}

/** Hash sources among `sources`, sorted, to compare with the hashes a page needs. */
export const hashesIn = (sources = []) => sources.filter((s) => s.startsWith("'sha256-")).sort();
