// Element (or viewport) screenshots of the finder for close looks:
// node scripts/run-ts.mjs bench/finder-browser/shots.ts <out-dir> '<path>[@WxH][:dark]|<selector or viewport>' ...
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startTestServer } from '../../e2e/support/server.ts';

const [outDir, ...targets] = process.argv.slice(2);
if (outDir === undefined) process.exit(2);
mkdirSync(outDir, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  let n = 0;
  for (const target of targets) {
    const [spec = '', selector = 'main'] = target.split('|');
    const dark = spec.endsWith(':dark');
    const [path = '/', size = '1280x900'] = (dark ? spec.slice(0, -5) : spec).split('@');
    const [width, height] = size.split('x').map(Number);
    const context = await browser.newContext({
      viewport: { width: width ?? 1280, height: height ?? 900 },
      colorScheme: dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    page.on('console', (m) => console.log('console:', m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
    await page.goto(`${server.url}${path}`);
    await page.waitForLoadState('networkidle');
    const file = join(outDir, `shot-${++n}.png`);
    if (selector === 'viewport') await page.screenshot({ path: file });
    else await page.locator(selector).first().screenshot({ path: file });
    console.log(file, target);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
