// Launches Debian's Chromium through playwright-core with the flags that work here as root.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
  // Our own list, replacing Playwright's default one (which blocks storage in cross-origin frames).
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/**
 * Headless Chromium; every context it opens starts from a fresh, empty profile. `extraArgs` are
 * more command-line flags (e.g. `--host-resolver-rules` for a host name other than 127.0.0.1).
 */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...FLAGS, ...extraArgs] });
}
