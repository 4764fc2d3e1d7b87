// Renders body map views to PNG for review and for the README: docs/images/body-map-<view>.png.
// Soft pastel fill per parent area, thin white strokes between regions, a darker outline, the details
// path, small grey region labels and the person's side labels.
// Usage: npx tsx packages/atlas/scripts/render-views.ts [view ...]   (default: every view with regions)
import { mkdirSync } from 'node:fs';
import { launchChromium } from '@myomap/fixtures';
import { VIEW_GEOMETRY } from '../src/geometry/index.ts';
import type { ViewGeometry } from '../src/geometry/index.ts';
import { AREAS } from '../src/regions/areas.ts';
import { REGION_KINDS } from '../src/regions/region-kinds.ts';
import { regionById } from '../src/regions/regions.ts';
import { VIEWS } from '../src/regions/region-types.ts';
import type { ViewId } from '../src/regions/region-types.ts';

const OUT_DIR = new URL('../../../docs/images/', import.meta.url);
/** Longest side of the drawing area in CSS pixels (the screenshot is taken at device scale 1). */
const LONG_SIDE_PX = 1100;
const LABEL_PX = 10;
const MARGIN_PX = 40;
const HEADER_PX = 56;

/**
 * A pastel per parent area (the golden-angle hue walk keeps neighbouring areas apart); the kinds inside
 * one area get nearby shades so that neighbours in the same area still show apart.
 */
const KIND_FILL = new Map<string, string>();
AREAS.forEach((area, i) => {
  const hue = (i * 137.508) % 360;
  const kinds = REGION_KINDS.filter((k) => k.parent === area.key);
  kinds.forEach((kind, j) => {
    const shift = kinds.length > 1 ? (j - (kinds.length - 1) / 2) * (70 / kinds.length) : 0;
    KIND_FILL.set(
      kind.key,
      `hsl(${Math.round((hue + shift + 360) % 360)}, ${j % 2 === 0 ? 55 : 45}%, ${j % 2 === 0 ? 85 : 79}%)`,
    );
  });
});

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sideCaption(geometry: ViewGeometry): { left: string; right: string; centre: string } {
  const { left, right } = geometry.sideLabels;
  const out = { left: '', right: '', centre: '' };
  const place = (who: 'left' | 'right', where: 'viewer-left' | 'viewer-right' | 'away'): void => {
    if (where === 'viewer-left') out.left = `person's ${who}`;
    else if (where === 'viewer-right') out.right = `person's ${who}`;
  };
  place('left', left);
  place('right', right);
  const away = [left === 'away' ? 'left' : '', right === 'away' ? 'right' : ''].filter((s) => s !== '');
  if (away.length === 1) {
    const near = away[0] === 'left' ? 'right' : 'left';
    out.centre = `person's ${near} side faces you (${away[0]} side away)`;
  }
  return out;
}

function viewSvg(geometry: ViewGeometry): { html: string; width: number; height: number } {
  const scale = LONG_SIDE_PX / Math.max(geometry.width, geometry.height);
  const drawW = geometry.width * scale;
  const drawH = geometry.height * scale;
  const width = Math.round(drawW + 2 * MARGIN_PX);
  const height = Math.round(drawH + 2 * MARGIN_PX + HEADER_PX);
  const unit = 1 / scale;
  const regions = geometry.regions
    .map((shape) => {
      const region = regionById(shape.id);
      const fill = (region && KIND_FILL.get(region.key)) ?? '#f4c2c2';
      return `<path d="${shape.d}" fill="${fill}" stroke="#fff" stroke-width="${(1.2 * unit).toFixed(3)}" stroke-linejoin="round"><title>${escapeXml(shape.id)}</title></path>`;
    })
    .join('\n');
  const labels = geometry.regions
    .map(
      (shape) =>
        `<text x="${shape.anchor[0]}" y="${shape.anchor[1]}" font-size="${(LABEL_PX * unit).toFixed(3)}" text-anchor="middle" dominant-baseline="central" fill="#555">${escapeXml(shape.id)}</text>`,
    )
    .join('\n');
  const sides = sideCaption(geometry);
  const html = `<!doctype html><html><head><style>
  body { margin: 0; background: #fff; font-family: 'DejaVu Sans', Arial, sans-serif; }
  .head { height: ${HEADER_PX}px; display: flex; align-items: center; justify-content: space-between; padding: 0 ${MARGIN_PX}px; color: #333; }
  .title { font-size: 19px; font-weight: 600; text-align: center; }
  .side { font-size: 15px; color: #666; width: 160px; }
  .sub { font-size: 13px; color: #777; text-align: center; }
</style></head><body>
<div class="head"><div class="side">${escapeXml(sides.left)}</div>
<div><div class="title">${escapeXml(geometry.title)}</div><div class="sub">${escapeXml(sides.centre)}</div></div>
<div class="side" style="text-align:right">${escapeXml(sides.right)}</div></div>
<svg xmlns="http://www.w3.org/2000/svg" width="${drawW + 2 * MARGIN_PX}" height="${drawH + 2 * MARGIN_PX}"
  viewBox="${-MARGIN_PX * unit} ${-MARGIN_PX * unit} ${geometry.width + 2 * MARGIN_PX * unit} ${geometry.height + 2 * MARGIN_PX * unit}">
<rect x="0" y="0" width="${geometry.width}" height="${geometry.height}" fill="none" stroke="#eee" stroke-width="${unit}"/>
${regions}
<path d="${geometry.silhouette}" fill="none" stroke="#6b7280" stroke-width="${(1.6 * unit).toFixed(3)}" stroke-linejoin="round"/>
<path d="${geometry.details}" fill="none" stroke="#7c818c" stroke-width="${(1 * unit).toFixed(3)}" stroke-linecap="round" stroke-linejoin="round"/>
${labels}
</svg></body></html>`;
  return { html, width, height };
}

async function main(): Promise<void> {
  const requested = process.argv.slice(2);
  for (const name of requested) {
    if (!(VIEWS as readonly string[]).includes(name))
      throw new Error(`unknown view ${name}; views: ${VIEWS.join(', ')}`);
  }
  const views: ViewId[] =
    requested.length > 0 ? (requested as ViewId[]) : VIEWS.filter((v) => VIEW_GEOMETRY[v].regions.length > 0);
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    for (const view of views) {
      const { html, width, height } = viewSvg(VIEW_GEOMETRY[view]);
      await page.setViewportSize({ width, height });
      await page.setContent(html);
      const path = new URL(`body-map-${view}.png`, OUT_DIR);
      await page.screenshot({ path: path.pathname, fullPage: true });
      console.log(`rendered ${view} -> docs/images/body-map-${view}.png (${width}x${height})`);
    }
  } finally {
    await browser.close();
  }
}

await main();
