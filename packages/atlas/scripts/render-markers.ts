// Renders each muscle's numbered trigger point markers on every view that shows them, zoomed onto the
// marked regions (home regions outlined), into one PNG per muscle for reviewing marker positions.
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/render-markers.ts <out-dir> <muscle-id> ...
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '@myomap/fixtures';
import { VIEW_GEOMETRY, markerPoint } from '../src/geometry/index.ts';
import { REGION_VIEWS } from '../src/geometry/generated/region-views.ts';
import { loadAtlas } from '../src/load-atlas.ts';
import { resolveRelativeRegion } from '../src/muscles/relative-region.ts';
import { VIEWS } from '../src/regions/region-types.ts';

const [outDir = '/tmp/markers', ...ids] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const atlas = loadAtlas();

function panel(muscleId: string): string {
  const muscle = atlas.muscleById.get(muscleId);
  if (muscle === undefined) throw new Error(`unknown muscle ${muscleId}`);
  const side = muscle.paired ? 'r' : 'm';
  const svgs = VIEWS.flatMap((view) => {
    const g = VIEW_GEOMETRY[view];
    const marks = muscle.triggerPoints.flatMap((tp, i) =>
      resolveRelativeRegion(tp.location.region, side).flatMap((regionId) => {
        if (!(REGION_VIEWS[regionId] ?? []).includes(view)) return [];
        const concrete = regionId.startsWith('l.') ? 'l' : 'r';
        const p = markerPoint(tp, concrete, view);
        return p === undefined ? [] : [{ n: i + 1, regionId, x: p[0] * g.width, y: p[1] * g.height }];
      }),
    );
    if (marks.length === 0) return [];
    const homes = new Set(marks.map((m) => m.regionId));
    const xs = marks.map((m) => m.x);
    const ys = marks.map((m) => m.y);
    const pad = Math.max(g.width, g.height) / 8;
    const x0 = Math.max(0, Math.min(...xs) - pad);
    const y0 = Math.max(0, Math.min(...ys) - pad);
    const w = Math.min(g.width, Math.max(...xs) + pad) - x0;
    const h = Math.min(g.height, Math.max(...ys) + pad) - y0;
    const r = Math.max(w, h) / 40;
    const shapes = g.regions
      .map(
        (s) =>
          `<path d="${s.d}" fill="${homes.has(s.id) ? '#f4c9a8' : '#f3e7dc'}" stroke="${homes.has(s.id) ? '#b5521b' : '#fff'}" stroke-width="${homes.has(s.id) ? r / 4 : r / 10}"/>`,
      )
      .join('');
    const dots = marks
      .map(
        (m) =>
          `<circle cx="${m.x}" cy="${m.y}" r="${r}" fill="#14213d"/><text x="${m.x}" y="${m.y}" font-size="${r * 1.3}" fill="#fff" text-anchor="middle" dominant-baseline="central" font-family="sans-serif" font-weight="700">${m.n}</text>`,
      )
      .join('');
    return [
      `<figure><figcaption>${view}</figcaption><svg viewBox="${x0} ${y0} ${w} ${h}" width="300" height="${Math.round((300 * h) / w)}">${shapes}<path d="${g.details}" fill="none" stroke="#8a7466" stroke-width="${r / 10}"/>${dots}</svg></figure>`,
    ];
  });
  const list = muscle.triggerPoints
    .map((tp, i) => `<li><b>${i + 1}</b> ${tp.location.region}: ${tp.location.description}</li>`)
    .join('');
  return `<section><h2>${muscle.name}</h2><div class="row">${svgs.join('')}</div><ol>${list}</ol></section>`;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1300, height: 600 } });
  for (const id of ids) {
    await page.setContent(
      `<style>body{font:13px sans-serif}.row{display:flex;flex-wrap:wrap;gap:8px}figure{margin:0}ol{list-style:none;padding:0}</style>${panel(id)}`,
    );
    const path = join(outDir, `${id}.png`);
    await page.screenshot({ path, fullPage: true });
    console.log(path);
  }
} finally {
  await browser.close();
}
