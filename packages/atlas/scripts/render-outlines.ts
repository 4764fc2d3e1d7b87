// Renders every view with all generated muscle outlines drawn over the body (faint fill, fibre lines,
// deep muscles dashed) and each outlined muscle's trigger point markers, to PNG for review.
// --grid adds a 0.02 grid with 0.1 labels (for placing landmarks); --only id,id draws those muscles only;
// --box x0,y0,x1,y1 (normalised) renders that part of the view only, enlarged.
//   node scripts/run-ts.mjs packages/atlas/scripts/render-outlines.ts [--grid] [--only ids] [--box b] [--out dir] [view ...]
import { mkdirSync } from 'node:fs';
import { launchChromium } from '@myomap/fixtures';
import { VIEW_GEOMETRY } from '../src/geometry/index.ts';
import { MUSCLE_OUTLINES, muscleOutline } from '../src/geometry/outlines.ts';
import { ALL_MUSCLES } from '../src/muscles/all-muscles.ts';
import { OUTLINE_VIEWS, type OutlineView } from '../geometry-src/muscle-landmarks/landmark-files.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const out = arg('--out') ?? '/tmp/myomap-outlines';
const only = arg('--only')?.split(',');
const views = process.argv
  .slice(2)
  .filter((a): a is OutlineView => (OUTLINE_VIEWS as readonly string[]).includes(a));
const PX = 1100;
const box = (arg('--box') ?? '0,0,1,1').split(',').map(Number);

function grid(w: number, h: number, u: number): string {
  let s = '';
  for (let k = 0; k <= 50; k++) {
    const f = k / 50;
    const major = k % 5 === 0;
    const style = `stroke="${major ? '#4a7' : '#cde'}" stroke-width="${(major ? 1 : 0.5) * u}"`;
    s += `<line x1="${f * w}" y1="0" x2="${f * w}" y2="${h}" ${style}/><line x1="0" y1="${f * h}" x2="${w}" y2="${f * h}" ${style}/>`;
    if (major)
      s += `<text x="${f * w + 2 * u}" y="${11 * u}" font-size="${10 * u}" fill="#070">${f.toFixed(1)}</text><text x="${2 * u}" y="${f * h - 2 * u}" font-size="${10 * u}" fill="#070">${f.toFixed(1)}</text>`;
  }
  return s;
}

mkdirSync(out, { recursive: true });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const view of views.length > 0 ? views : OUTLINE_VIEWS) {
    const g = VIEW_GEOMETRY[view];
    const [bx0 = 0, by0 = 0, bx1 = 1, by1 = 1] = box;
    const vw = (bx1 - bx0) * g.width;
    const vh = (by1 - by0) * g.height;
    const scale = PX / Math.max(vw, vh);
    const u = 1 / scale;
    let body = `<path d="${g.silhouette}" fill="#f6e3d6" stroke="#666" stroke-width="${1.4 * u}"/>`;
    body += g.regions
      .map((r) => `<path d="${r.d}" fill="none" stroke="#d9b8a8" stroke-width="${0.6 * u}"/>`)
      .join('');
    if (process.argv.includes('--grid')) body += grid(g.width, g.height, u);
    for (const m of ALL_MUSCLES) {
      if (only !== undefined && !only.includes(m.id)) continue;
      const o = muscleOutline(MUSCLE_OUTLINES, m.id, 'r', g);
      if (o === undefined) continue;
      const dash = MUSCLE_OUTLINES[m.id]?.deep === true ? `stroke-dasharray="${4 * u} ${3 * u}"` : '';
      body += `<path d="${o.d}" fill="#b0413e" fill-opacity="0.12" stroke="#8a2f2c" stroke-width="${1.2 * u}" ${dash}/>`;
      body += `<path d="${o.fibres}" fill="none" stroke="#8a2f2c" stroke-opacity="0.6" stroke-width="${0.8 * u}"/>`;
      for (const tp of m.triggerPoints) {
        const p = tp.markers?.[view as keyof NonNullable<typeof tp.markers>];
        if (p !== undefined)
          body += `<circle cx="${p[0] * g.width}" cy="${p[1] * g.height}" r="${3 * u}" fill="#1d4ed8"/>`;
      }
      const b = o.d.match(/-?\d+/g)?.map(Number) ?? [];
      const xs = b.filter((_, i) => i % 2 === 0);
      const ys = b.filter((_, i) => i % 2 === 1);
      const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      body += `<text x="${cx}" y="${cy}" font-size="${8 * u}" text-anchor="middle" fill="#123">${m.id}</text>`;
    }
    const W = Math.ceil(vw * scale);
    const H = Math.ceil(vh * scale);
    await page.setViewportSize({ width: W, height: H });
    await page.setContent(
      `<!doctype html><body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="${bx0 * g.width} ${by0 * g.height} ${vw} ${vh}">${body}</svg></body>`,
    );
    await page.screenshot({ path: `${out}/${view}.png` });
    console.log(`${out}/${view}.png`);
  }
} finally {
  await browser.close();
}
