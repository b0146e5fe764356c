// `make audit`: the release build in dist/, served gzipped on 127.0.0.1, checked by
// - Lighthouse 12, desktop and mobile, on the overview, timeline and matrix pages (lighthouse.mjs);
// - axe-core (WCAG 2.1 A and AA) on every view, in English, Indonesian and the dark theme (pages.mjs);
// - the Nu HTML Checker on every page of dist/ as built (each view's baked page) and on each of
//   those pages as rendered (vnu.mjs).
// Exits non-zero when Lighthouse's accessibility or best-practices score is below 100, when axe
// finds a violation, or when the checker finds an error. Lighthouse's performance score is printed
// but never fails the audit: it is a timing, and on a shared machine it varies from run to run.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { launch } from '../lib/browser.mjs';
import { DIST, startServer } from '../lib/server.mjs';
import { CATEGORIES, lighthouse } from './lighthouse.mjs';
import { visitAll } from './pages.mjs';
import { pageOf } from '../pages/dashboard.mjs';
import { IGNORED, checkHtml } from './vnu.mjs';

const LIGHTHOUSE_VIEWS = ['overview', 'timeline', 'matrix'];
const ASSERTED = ['accessibility', 'best-practices'];

const started = Date.now();
const failures = [];
const server = await startServer({ gzip: true });
try {
  const below = [];
  for (const preset of ['desktop', 'mobile']) {
    console.log(`Lighthouse (${preset}${preset === 'mobile' ? ': a mid-range phone, slow 4G, 4x CPU slowdown' : ''}):\n`);
    console.log(`| view | ${CATEGORIES.join(' | ')} | FCP | LCP | TBT | CLS | Speed Index |`);
    console.log(`|---|${CATEGORIES.map(() => '---:').join('|')}|---:|---:|---:|---:|---:|`);
    for (const view of LIGHTHOUSE_VIEWS) {
      const { scores, failing, metrics } = await lighthouse(`${server.url}${pageOf(view)}`, preset);
      console.log(`| ${view} | ${CATEGORIES.map((c) => scores[c]).join(' | ')} | ${Object.values(metrics).join(' | ')} |`);
      for (const c of CATEGORIES) {
        if (scores[c] < 100) below.push(`${view} (${preset}), ${c} ${scores[c]}: ${failing[c].join(', ')}`);
        if (ASSERTED.includes(c) && scores[c] < 100) failures.push(`Lighthouse ${c} ${scores[c]} on ${view} (${preset})`);
      }
    }
    console.log('');
  }
  if (below.length) console.log(`\nBelow 100:\n${below.map((l) => `  ${l}`).join('\n')}`);

  const browser = await launch();
  let visits;
  try {
    visits = await visitAll(browser, server.url);
  } finally {
    await browser.close();
  }
  const violations = visits.filter((v) => v.violations.length);
  console.log(`\naxe-core (WCAG 2.1 AA): ${visits.length} pages, ${violations.length ? `violations on ${violations.length}` : 'no violations'}`);
  for (const v of violations) {
    console.log(`  ${v.page} (${v.variant}):\n${v.violations.map((l) => `    ${l}`).join('\n')}`);
    failures.push(`axe: ${v.violations.length} violation(s) on ${v.page} (${v.variant})`);
  }

  // Every page as built (each view's baked page, its variants in templates), and as rendered.
  const built = readdirSync(DIST).filter((n) => n.endsWith('.html')).sort();
  const docs = [
    ...built.map((n) => ({ name: `dist/${n} (as built)`, html: readFileSync(join(DIST, n), 'utf8') })),
    ...visits.map((v) => ({ name: `${v.page} (${v.variant}, rendered)`, html: v.html })),
  ];
  const html = await checkHtml(docs);
  console.log(`\nNu HTML Checker: ${docs.length} documents, ${html.errors.length} errors, ${html.warnings.length} warnings, ${html.ignored.length} ignored`);
  if (html.errors.length) failures.push(`Nu HTML Checker: ${html.errors.length} error(s)`);
  // The same message tends to repeat on every page: each is printed once, with where it occurs.
  const summarise = (label, list) => {
    const groups = new Map();
    for (const m of list) groups.set(m.message, [...(groups.get(m.message) ?? []), m]);
    for (const [message, on] of groups) {
      const names = [...new Set(on.map((m) => m.name))];
      const where = names.length === docs.length ? 'every document'
        : `${names.slice(0, 3).join('; ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
      console.log(`  ${label} (${on.length}× in ${where}): ${message}`);
      if (label === 'error') console.log(`    line ${on[0].line}: ${on[0].extract.replace(/\s+/g, ' ')}`);
    }
  };
  summarise('error', html.errors);
  summarise('warning', html.warnings);
  summarise('ignored', html.ignored);
  for (const i of IGNORED) console.log(`    ignored ${i.pattern}: ${i.reason}`);
} finally {
  await server.close();
}

console.log(`\nmake audit: ${failures.length ? `FAILED\n${failures.map((f) => `  ${f}`).join('\n')}` : 'passed'} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = failures.length ? 1 : 0;
