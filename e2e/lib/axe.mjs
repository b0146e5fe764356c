// Runs axe-core (npm, pinned in e2e/package.json) in the page against WCAG 2.1 A and AA.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 AA violations on the page, as "rule: target" lines (empty when clean). */
export async function axeViolations(page) {
  // Evaluated through the devtools protocol: an injected <script> would be blocked by the page's
  // Content-Security-Policy (it allows only the build's own inline scripts).
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(' | ')}`);
  });
  return result;
}
