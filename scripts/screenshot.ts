// Renders app pages to PNG with headless Debian chromium against a fresh server, for looking at UI work.
// Usage: node scripts/run-ts.mjs scripts/screenshot.ts <out-dir> <path>[@<width>x<height>][:dark] ...
// Example: node scripts/run-ts.mjs scripts/screenshot.ts /tmp/shots /regions /atlas/muscles/infraspinatus@768x1024:dark
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/support/browser.ts';
import { startTestServer } from '../e2e/support/server.ts';

const [outDir, ...targets] = process.argv.slice(2);
if (outDir === undefined || targets.length === 0) {
  console.error('usage: screenshot.ts <out-dir> <path>[@WxH][:dark] ...');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  for (const target of targets) {
    const dark = target.endsWith(':dark');
    const spec = dark ? target.slice(0, -5) : target;
    const [path = '/', size = '1280x900'] = spec.split('@');
    const [width, height] = size.split('x').map(Number);
    const context = await browser.newContext({
      viewport: { width: width ?? 1280, height: height ?? 900 },
      colorScheme: dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    const file = join(
      outDir,
      `${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}-${width}${dark ? '-dark' : ''}.png`,
    );
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
