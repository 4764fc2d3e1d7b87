// Screenshots for the pictures review (issue 13): twelve muscle pages (two per body area), the hand and
// foot close-ups, the tablet Finder with a candidate selected, and dark mode, in headless chromium
// against the built app. Writes PNGs to the output folder (default /tmp/myomap-pictures).
// Usage: node scripts/run-ts.mjs bench/atlas-browser/pictures.ts [--out dir] [--only name,name]
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../e2e/support/browser.ts';
import { FinderPageModel } from '../../e2e/page-models/finder.ts';
import { startTestServer } from '../../e2e/support/server.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const out = arg('--out') ?? '/tmp/myomap-pictures';
const only = arg('--only')?.split(',');

/** Two muscles per body area: head and neck, shoulder and arm, forearm and hand, trunk, hip and thigh, leg and foot. */
export const PICTURE_MUSCLES = [
  'temporalis',
  'sternocleidomastoid-sternal',
  'infraspinatus',
  'upper-trapezius',
  'extensor-digitorum',
  'adductor-pollicis',
  'opponens-pollicis',
  'quadratus-lumborum-superficial',
  'gluteus-medius',
  'vastus-lateralis',
  'abductor-hallucis',
  'interossei-foot',
] as const;

async function shot(page: Page, name: string, selector?: string): Promise<void> {
  if (only !== undefined && !only.includes(name)) return;
  const path = `${out}/${name}.png`;
  if (selector === undefined) await page.screenshot({ path });
  else await page.locator(selector).first().screenshot({ path });
  console.log(path);
}

async function muscle(page: Page, url: string, id: string, view?: string): Promise<void> {
  await page.goto(`${url}/atlas/muscles/${id}`);
  await page.locator('.muscle-map svg.body-map').waitFor();
  if (view !== undefined)
    await page
      .getByRole('tab', { name: new RegExp(view, 'i') })
      .first()
      .click();
  await page.waitForTimeout(150);
}

mkdirSync(out, { recursive: true });
const server = await startTestServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  for (const id of PICTURE_MUSCLES) {
    if (only !== undefined && !only.includes(`muscle-${id}`)) continue;
    await muscle(page, server.url, id);
    await shot(page, `muscle-${id}`, '.muscle-map');
  }
  // The close-ups on muscle pages: palm and back of the hand, sole and top of the foot.
  for (const [id, tab, name] of [
    ['opponens-pollicis', 'Palms', 'closeup-hand-palmar'],
    ['first-dorsal-interosseous-hand', 'Backs of hands', 'closeup-hand-dorsal'],
    ['adductor-hallucis', 'Soles', 'closeup-foot-plantar'],
    ['interossei-foot', 'Tops of feet', 'closeup-foot-dorsal'],
  ] as const) {
    if (only !== undefined && !only.includes(name)) continue;
    await muscle(page, server.url, id, `^${tab}`);
    await shot(page, name, '.muscle-map');
  }
  await page.setViewportSize({ width: 768, height: 1024 });
  await muscle(page, server.url, 'adductor-pollicis');
  await shot(page, 'tablet-muscle-adductor-pollicis');
  // The tablet Finder: a drawing of shoulder and arm pain with the first candidate shown over it.
  if (only === undefined || only.includes('tablet-finder')) {
    const finder = new FinderPageModel(page);
    await finder.open(server.url);
    await finder.showView('Front', 'anterior');
    for (const r of ['r.anterior-deltoid', 'r.anterior-upper-arm', 'r.volar-forearm-radial'])
      await finder.paintRegion(r);
    await finder.candidate('infraspinatus').locator('.candidate-main').click();
    await page.waitForTimeout(300);
    await shot(page, 'tablet-finder');
    await shot(page, 'tablet-finder-map', '.finder-map');
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await muscle(page, server.url, 'infraspinatus');
  await shot(page, 'dark-muscle-infraspinatus');
  await page.emulateMedia({ colorScheme: 'light' });
} finally {
  await browser.close();
  await server.close();
}
