// Renders the finder as printed (print media) to PNG and PDF: node scripts/run-ts.mjs bench/finder-browser/print.ts <out-dir> <query>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startTestServer } from '../../e2e/support/server.ts';

const [outDir = '/tmp/finder-print', query = ''] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${server.url}/finder${query}`);
  await page.waitForLoadState('networkidle');
  await page.locator('svg.finder-body-map').waitFor();
  await page.emulateMedia({ media: 'print' });
  await page.waitForTimeout(200);
  console.log('print maps:', await page.locator('.print-maps figure').count());
  await page.screenshot({ path: join(outDir, 'print.png'), fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.pdf({ path: join(outDir, 'finder.pdf'), format: 'A4', printBackground: true });
  console.log(join(outDir, 'print.png'));
} finally {
  await browser.close();
  await server.close();
}
