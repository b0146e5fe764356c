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

/**
 * The page's policy meta: its position in <head>, its directives, and the inline code it must
 * allow. With `html`, the page's text as served, they are read from that text (parsed by the
 * page's browser, nothing run): an inline script may remove itself once it has run (a baked
 * page's call that shows its variant), and the policy must still have allowed it. Without it,
 * from the page as it stands.
 */
export async function cspMeta(page, html) {
  const found = await page.evaluate((served) => {
    const doc = served === undefined ? document : new DOMParser().parseFromString(served, 'text/html');
    const head = [...doc.head.children];
    const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
    return {
      count: doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length,
      index: head.indexOf(meta),
      firstIsCharset: head[0]?.matches('meta[charset]') ?? false,
      content: meta?.getAttribute('content') ?? '',
      scripts: [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent),
      styles: [...doc.querySelectorAll('style')].map((s) => s.textContent),
    };
  }, html);
  const directives = Object.fromEntries(found.content.split(';').map((d) => d.trim().split(/\s+/))
    .filter((d) => d[0]).map(([name, ...sources]) => [name, sources]));
  return { ...found, directives, scriptHashes: found.scripts.map(hashSource), styleHashes: found.styles.map(hashSource) };
}

/** Hash sources among `sources`, sorted, to compare with the hashes a page needs. */
export const hashesIn = (sources = []) => sources.filter((s) => s.startsWith("'sha256-")).sort();
