// Lighthouse 12 (npm `lighthouse`, pinned in e2e/package.json), desktop or mobile, through
// its own command line: each run launches Debian's Chromium afresh (CHROME_PATH), headless, with
// the flags this machine needs (as e2e/lib/browser.mjs uses).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { CHROMIUM } from '../lib/browser.mjs';

const run = promisify(execFile);
const CLI = createRequire(import.meta.url).resolve('lighthouse/cli/index.js');
export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-quic '
  + '--disable-background-networking --disable-component-update --disable-sync';
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/**
 * Audits `url`; resolves to { scores: { category: 0–100 }, failing: { category: ["audit-id (value)"] },
 * metrics: { id: "displayValue" } }. `failing` lists the weighted audits below a full score.
 */
export async function lighthouse(url, preset = 'desktop') {
  const dir = mkdtempSync(join(tmpdir(), 'pd-lighthouse-'));
  const report = join(dir, 'report.json');
  try {
    await run(process.execPath, [
      // Lighthouse's default settings are its mobile ones; `--preset` names only the others.
      CLI, url, ...(preset === 'mobile' ? [] : [`--preset=${preset}`]), `--only-categories=${CATEGORIES.join(',')}`,
      '--output=json', `--output-path=${report}`, '--quiet', `--chrome-flags=${CHROME_FLAGS}`,
    ], { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 16 * 1024 * 1024 });
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = {};
    const failing = {};
    for (const category of CATEGORIES) {
      const c = lhr.categories[category];
      scores[category] = Math.round(c.score * 100);
      failing[category] = c.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${ref.id}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ''}`);
    }
    const metrics = Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id].displayValue]));
    return { scores, failing, metrics };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
