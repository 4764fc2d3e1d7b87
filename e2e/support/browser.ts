import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { CHROMIUM_PATH, launchChromium } from '@myomap/fixtures';

/** Where journeys save their screenshots. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../screenshots/', import.meta.url));

const inCi = process.env.CI === 'true' || process.env.CI === '1';

/** True when Debian's chromium is installed; under CI its absence is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (inCi) throw new Error(`CI=true but no chromium at ${CHROMIUM_PATH}: .ci/run installs it with apt-get`);
  console.warn(
    `[skip] browser journeys skipped: no chromium at ${CHROMIUM_PATH}. Install it with: apt-get install chromium`,
  );
  return false;
}

/** Launches headless Debian chromium for a journey (see launchChromium), with the screenshot folder ready. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return launchChromium();
}

/** Path for a named screenshot. */
export function screenshotPath(name: string): string {
  return join(SCREENSHOT_DIR, `${name}.png`);
}
