// Launches Debian's Chromium through playwright-core with the flags that work here as root.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  // Our own list, replacing Playwright's default one (which blocks storage in cross-origin frames).
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/** Headless Chromium; every context it opens starts from a fresh, empty profile. */
export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}
