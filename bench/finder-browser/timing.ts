// Stroke timing of the finder in headless chromium: paints and clears regions by mouse N times and
// reports 'bodymap:paint-render' and 'finder:update' percentiles.
// Usage: node scripts/run-ts.mjs bench/finder-browser/timing.ts [rounds] [--client-text]
// --client-text: the "What the client says" box holds a 2,000-character note first, so every stroke
// re-ranks with it (the red-flag screen reads the same words on each stroke).
import { launchBrowser } from '../../e2e/support/browser.ts';
import { startTestServer } from '../../e2e/support/server.ts';
import { FinderPageModel } from '../../e2e/page-models/finder.ts';

const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 10);
const withText = process.argv.includes('--client-text');
const NOTE =
  'denies saddle numbness, no fever; her mother had breast cancer; takes Eliquis; jaw aches when chewing. ';
const server = await startTestServer();
const browser = await launchBrowser();
const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number): string => (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN).toFixed(1);
  return `n=${s.length} median ${q(0.5)} p90 ${q(0.9)} max ${q(1)} ms`;
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const finder = new FinderPageModel(page);
  await finder.open(server.url, '?mv=jaw.opening:r&ac=chewing-gum');
  if (withText) {
    await page.getByLabel('What the client says').fill(NOTE.repeat(30).slice(0, 2000));
    await page.waitForTimeout(600);
  }
  await finder.showView('Face', 'face');
  const regions = ['r.temple', 'r.posterolateral-neck', 'r.jaw-angle', 'l.temple'];
  for (let i = 0; i < rounds; i++) {
    for (const id of regions) await finder.paintRegion(id);
    await page.getByRole('button', { name: 'Clear drawing' }).click();
    await page.locator('[data-region-item]').first().waitFor({ state: 'detached' });
  }
  console.log(withText ? 'with a 2,000-character client note' : 'no client note');
  console.log('bodymap:paint-render', stats(await finder.measures('bodymap:paint-render')));
  console.log('finder:update       ', stats(await finder.measures('finder:update')));
} finally {
  await browser.close();
  await server.close();
}
