/** The one server and one browser each browser-test file shares across its tests, started and stopped around them. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import type { AppOptions } from '../../src/server/app.js';
import { startServer, type RunningServer } from './server.js';

export interface Harness {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/** Call at the top of a test file; the fields are set once the file's tests begin. `overrides` change the app's options. */
export function useServerAndBrowser(overrides: Partial<AppOptions> = {}): Harness {
  const harness: { server?: RunningServer; browser?: Browser } = {};
  beforeAll(async () => {
    harness.server = await startServer(overrides);
    harness.browser = await launchBrowser();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.stop();
  });
  return {
    get server() {
      if (!harness.server) throw new Error('The server starts in beforeAll: use it inside a test or hook.');
      return harness.server;
    },
    get browser() {
      if (!harness.browser) throw new Error('The browser starts in beforeAll: use it inside a test or hook.');
      return harness.browser;
    },
  };
}
