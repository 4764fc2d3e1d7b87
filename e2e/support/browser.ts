import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from '@myomap/fixtures';

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

/** Launches headless Debian chromium (fresh temporary profile) with the flags this sandbox needs; never a downloaded browser. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Path for a named screenshot. */
export function screenshotPath(name: string): string {
  return join(SCREENSHOT_DIR, `${name}.png`);
}
