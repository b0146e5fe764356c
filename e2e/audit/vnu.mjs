// The Nu HTML Checker (npm `vnu-jar`, pinned in e2e/package.json; needs Java 17+). It refuses
// loopback URLs, so it is given the documents themselves: each is written to a temporary file and
// all are checked in one run of the checker (one JVM start instead of one per document).
// Its Content-Security-Policy warnings are expected: from a file, the checker has no origin for
// 'self' to match; e2e/tests/csp.test.mjs checks the policy where it applies, in Chromium.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Errors the checker reports in markup the app does not write, each with the reason it is not
 * counted (they are still printed, as "ignored").
 */
export const IGNORED = [
  {
    pattern: /^Attribute “_echarts_instance_” not allowed/,
    reason: 'set by echarts.init() on the chart container; ECharts finds its instance by it (getInstanceByDom)',
  },
];

/** Checks `docs` ([{ name, html }]); resolves to { errors, ignored, warnings }, each [{ name, line, message, extract }]. */
export async function checkHtml(docs) {
  const dir = mkdtempSync(join(tmpdir(), 'pd-vnu-'));
  try {
    const files = docs.map(({ name, html }, i) => {
      const file = join(dir, `${i}.html`);
      writeFileSync(file, html);
      return file;
    });
    // --exit-zero-always: the JSON report, not the exit code, says what was found.
    const { stdout } = await run('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', '--exit-zero-always',
      '--skip-info-messages', ...files], { maxBuffer: 64 * 1024 * 1024 });
    const found = { errors: [], ignored: [], warnings: [] };
    for (const m of JSON.parse(stdout).messages) {
      const index = files.findIndex((f) => m.url?.endsWith(`/${f.split('/').pop()}`));
      const entry = { name: docs[index]?.name ?? m.url, line: m.lastLine, message: m.message, extract: m.extract?.trim() };
      if (m.type === 'error' || m.type === 'non-document-error') {
        (IGNORED.some((i) => i.pattern.test(m.message)) ? found.ignored : found.errors).push(entry);
      } else {
        found.warnings.push(entry);
      }
    }
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
