import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import type { RunningServer } from '@myomap/server';
import { launchBrowser } from './browser.ts';
import { startTestServer } from './server.ts';

/** What a journey runs against: a real server with a fresh database, and headless chromium. */
export interface Journey {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * Starts a server and a browser before the journey's tests and stops both after; call inside
 * `describe`. The returned getter is valid inside the tests.
 */
export function useJourney(): () => Journey {
  let journey: Journey | undefined;
  beforeAll(async () => {
    const server = await startTestServer();
    journey = { server, browser: await launchBrowser() };
  });
  afterAll(async () => {
    await journey?.browser.close();
    await journey?.server.close();
  });
  return () => {
    if (journey === undefined) throw new Error('the journey has not started');
    return journey;
  };
}
