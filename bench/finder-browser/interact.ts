// Screens of the finder's menus: node scripts/run-ts.mjs bench/finder-browser/interact.ts <out-dir>
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startTestServer } from '../../e2e/support/server.ts';

const [outDir = '/tmp/finder-interact'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto(`${server.url}/finder?d=r.temple:6,r.posterolateral-neck:6`);
  await page.locator('svg.finder-body-map').waitFor();
  await page.getByRole('combobox', { name: 'Add evidence' }).fill('jaw');
  await page.keyboard.press('ArrowDown');
  await page.locator('.evidence-panel').screenshot({ path: join(outDir, 'search.png') });
  await page.keyboard.press('Enter');
  await page.locator('.candidate-list details summary').first().click();
  await page.locator('.results').screenshot({ path: join(outDir, 'palpation.png') });
  await page.getByRole('button', { name: 'Palpated and clear' }).first().click();
  await page.waitForTimeout(300);
  console.log('url', page.url());
  // keyboard: tab order from the top
  await page.goto(`${server.url}/finder`);
  await page.locator('svg.finder-body-map').waitFor();
  const order: string[] = [];
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    order.push(
      await page.evaluate(() => {
        const a = document.activeElement;
        return `${a?.tagName}:${a?.getAttribute('role') ?? ''}:${(a?.getAttribute('aria-label') ?? a?.textContent ?? '').slice(0, 30)}`;
      }),
    );
  }
  console.log(order.join('\n'));
  await page.screenshot({ path: join(outDir, 'focus.png') });
} finally {
  await browser.close();
  await server.close();
}
