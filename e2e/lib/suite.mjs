// The set-up every end-to-end test file shares: one server of dist/ and one browser for the
// file, a fresh browser context (empty profile) and page object for each test.
import { after, afterEach, before, beforeEach } from 'node:test';

import { launch } from './browser.mjs';
import { startServer } from './server.mjs';
import { Dashboard } from '../pages/dashboard.mjs';

/**
 * Registers the hooks and returns the live suite state: `server`, `browser`, `context`, `app`.
 * `contextOptions` go to `browser.newContext`; `onPage(page, suite)` runs for each new page.
 */
export function dashboardSuite({ contextOptions = {}, permissions = [], onPage } = {}) {
  const suite = {
    /** Replaces the test's context (e.g. to emulate another colour scheme) and returns the app. */
    async newContext(options = contextOptions) {
      await suite.context?.close();
      suite.context = await suite.browser.newContext({ locale: 'en-US', ...options });
      if (permissions.length) await suite.context.grantPermissions(permissions);
      const page = await suite.context.newPage();
      onPage?.(page, suite);
      suite.app = new Dashboard(page, suite.server.url);
      return suite.app;
    },
  };
  before(async () => {
    suite.server = await startServer();
    suite.browser = await launch();
  });
  after(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  beforeEach(() => suite.newContext());
  afterEach(async () => {
    await suite.context?.close();
    suite.context = undefined;
  });
  return suite;
}
