// Review drawings of a view: soft fills per region group, thin white borders, a darker outline, grey region
// labels, and magnified insets (head, hand, foot) so small regions can be checked too.
import type { ViewGeometry } from '../../../src/geometry/geometry-types.ts';
import { regionById } from '../../../src/regions/regions.ts';

const GROUP_FILL: Readonly<Record<string, string>> = {
  head: '#e7dcf3',
  face: '#f6dde4',
  mouth: '#f9e2cf',
  neck: '#dbeaf5',
  shoulder: '#d8efe2',
  'upper-back': '#e4ecd2',
  'lower-back': '#f4ecd0',
  chest: '#f8e3d3',
  abdomen: '#efe2f1',
  pelvis: '#f3d9dd',
  'buttock-hip': '#dde3f4',
  'upper-arm': '#d9eef0',
  elbow: '#f0e7d6',
  forearm: '#e2f0da',
  'wrist-hand': '#f5e0ea',
  thigh: '#dfe6f6',
  knee: '#f4e5d0',
  leg: '#d9efe8',
  'ankle-foot': '#efdfd7',
};

export interface Inset {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly scale: number;
}

function drawing(
  g: ViewGeometry,
  fontSize: number,
  labelMinArea: number,
  areas: Map<string, number>,
): string {
  const fills = g.regions
    .map((r) => {
      const group = regionById(r.id)?.group ?? 'head';
      return `<path d="${r.d}" fill="${GROUP_FILL[group] ?? '#eee'}" stroke="#fff" stroke-width="${fontSize / 9}" stroke-linejoin="round"/>`;
    })
    .join('');
  const outline = `<path d="${g.silhouette}" fill="none" stroke="#5b6270" stroke-width="${fontSize / 6}" stroke-linejoin="round"/>`;
  const details = `<path d="${g.details}" fill="none" stroke="#8a8f99" stroke-width="${fontSize / 10}" stroke-linecap="round" stroke-linejoin="round"/>`;
  const labels = g.regions
    .filter((r) => (areas.get(r.id) ?? 0) >= labelMinArea)
    .map((r) => {
      const key = r.id.slice(2);
      return `<text x="${r.anchor[0]}" y="${r.anchor[1]}" font-size="${fontSize}" fill="#6b6f78" text-anchor="middle" dominant-baseline="central" font-family="DejaVu Sans, sans-serif">${key}</text>`;
    })
    .join('');
  return fills + outline + details + labels;
}

function pathArea(d: string): number {
  let total = 0;
  for (const sub of d.split('Z')) {
    const nums = sub.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    let s = 0;
    for (let i = 0; i + 3 < nums.length + 2; i += 2) {
      const x0 = nums[i] ?? 0;
      const y0 = nums[i + 1] ?? 0;
      const x1 = nums[(i + 2) % nums.length] ?? 0;
      const y1 = nums[(i + 3) % nums.length] ?? 0;
      s += x0 * y1 - x1 * y0;
    }
    total += Math.abs(s / 2);
  }
  return total;
}

/** An SVG page: the whole figure at `scale`, with insets stacked to its right. */
export function renderView(
  g: ViewGeometry,
  scale: number,
  insets: readonly Inset[],
): { svg: string; width: number; height: number } {
  const areas = new Map(g.regions.map((r) => [r.id, pathArea(r.d)]));
  const mainW = g.width * scale;
  const mainH = g.height * scale;
  const insetW = Math.max(0, ...insets.map((i) => i.w * i.scale));
  const width = Math.ceil(mainW + (insetW > 0 ? insetW + 30 : 0));
  let y = 40;
  const parts: string[] = [];
  for (const i of insets) {
    const w = i.w * i.scale;
    const h = i.h * i.scale;
    parts.push(
      `<rect x="${mainW + 20}" y="${y}" width="${w}" height="${h}" fill="#fff" stroke="#ccc"/>` +
        `<svg x="${mainW + 20}" y="${y}" width="${w}" height="${h}" viewBox="${i.x} ${i.y} ${i.w} ${i.h}">${drawing(g, 9 / i.scale, 0, areas)}</svg>`,
    );
    y += h + 20;
  }
  const height = Math.ceil(Math.max(mainH + 40, y));
  const side = (s: string): string =>
    s === 'viewer-left' ? 'on the left' : s === 'viewer-right' ? 'on the right' : 'facing away';
  const near = g.sideLabels.left === 'away' ? 'right' : g.sideLabels.right === 'away' ? 'left' : undefined;
  const sides =
    near === undefined
      ? `person's right ${side(g.sideLabels.right)}, left ${side(g.sideLabels.left)}`
      : `the person's ${near} side faces the viewer`;
  const title = `<text x="12" y="24" font-size="16" fill="#333" font-family="DejaVu Sans, sans-serif">${g.title} — ${sides}</text>`;
  const main = `<svg x="0" y="34" width="${mainW}" height="${mainH}" viewBox="0 0 ${g.width} ${g.height}">${drawing(g, 8.5 / scale, 260, areas)}</svg>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="100%" height="100%" fill="#fff"/>${title}${main}${parts.join('')}</svg>`;
  return { svg, width, height };
}

/** One magnified window of a view, labels sized for the magnification. */
export function renderCrop(g: ViewGeometry, i: Inset): { svg: string; width: number; height: number } {
  const areas = new Map(g.regions.map((r) => [r.id, pathArea(r.d)]));
  const width = Math.round(i.w * i.scale);
  const height = Math.round(i.h * i.scale);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${i.x} ${i.y} ${i.w} ${i.h}"><rect x="${i.x}" y="${i.y}" width="${i.w}" height="${i.h}" fill="#fff"/>${drawing(g, 9 / i.scale, 0, areas)}</svg>`;
  return { svg, width, height };
}
