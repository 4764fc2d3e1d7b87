// Renders the four full-body views to docs/images/body-map-<view>.png for review and the README: soft fills
// per region group, region keys as labels, magnified insets of the head, a hand and a foot.
//   npx tsx packages/atlas/scripts/body-render.ts [outDir]
import { mkdirSync } from 'node:fs';
import { launchChromium } from '@myomap/fixtures';
import { type Inset, renderView } from '../geometry-src/body/lib/render.ts';
import { VIEW_GEOMETRY } from '../src/geometry/index.ts';
import type { ViewId } from '../src/regions/region-types.ts';

const INSETS: Readonly<Partial<Record<ViewId, readonly Inset[]>>> = {
  anterior: [
    { x: 200, y: 0, w: 120, h: 150, scale: 4 },
    { x: 420, y: 498, w: 98, h: 136, scale: 3.6 },
    { x: 268, y: 928, w: 84, h: 84, scale: 4 },
  ],
  posterior: [
    { x: 200, y: 0, w: 120, h: 150, scale: 4 },
    { x: 2, y: 498, w: 98, h: 136, scale: 3.6 },
    { x: 168, y: 928, w: 84, h: 84, scale: 4 },
  ],
  'right-lateral': [
    { x: 38, y: 0, w: 146, h: 150, scale: 3.4 },
    { x: 80, y: 490, w: 90, h: 145, scale: 3.4 },
    { x: 62, y: 925, w: 170, h: 88, scale: 2.9 },
  ],
  'left-lateral': [
    { x: 66, y: 0, w: 146, h: 150, scale: 3.4 },
    { x: 80, y: 490, w: 90, h: 145, scale: 3.4 },
    { x: 18, y: 925, w: 170, h: 88, scale: 2.9 },
  ],
};

const outDir = new URL(process.argv[2] ?? '../../../docs/images/', import.meta.url);
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
try {
  for (const view of ['anterior', 'posterior', 'left-lateral', 'right-lateral'] as const) {
    const page = renderView(VIEW_GEOMETRY[view], 1.5, INSETS[view] ?? []);
    const tab = await browser.newPage({ viewport: { width: page.width, height: page.height } });
    await tab.setContent(`<!doctype html><html><body style="margin:0">${page.svg}</body></html>`);
    const path = new URL(`body-map-${view}.png`, outDir);
    await tab.screenshot({ path: path.pathname });
    await tab.close();
    console.log(`wrote ${path.pathname}`);
  }
} finally {
  await browser.close();
}
