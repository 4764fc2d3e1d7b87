// Places initial trigger point marker positions (issue 13) and writes them into the muscle YAML files
// as `markers: { <view>: [x, y] }` (normalised, for the muscle's right side; see MARKER_VIEWS).
// For each view that draws the trigger point's region it starts at the region's anchor, pulls toward
// any landmark region the description names (e.g. "behind the ear" -> the ear) and nudges by direction
// words ("upper", "outer", "front fibres" ...), keeps a margin inside the region (and inside the
// mirrored left-side region), and pushes apart points of one muscle that would overlap. Positions are a
// starting point for review: existing markers are kept unless --force. "--views v,v" adds (or replaces)
// the positions on those views only and keeps every other view's reviewed position, e.g. to place
// markers on a newly drawn view (the hand and foot close-ups were placed this way).
// Usage: node scripts/run-ts.mjs packages/atlas/scripts/place-trigger-points.ts [--force] [--except id,id] [--views v,v] [muscle-id ...]
// Then run build-muscles.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { VIEW_GEOMETRY, type ViewGeometry } from '../src/geometry/index.ts';
import { REGION_VIEWS } from '../src/geometry/generated/region-views.ts';
import { contains, pathPolygons, type MultiPolygon } from '../src/geometry/path-polygons.test-helper.ts';
import { resolveRelativeRegion } from '../src/muscles/relative-region.ts';
import { REGIONS } from '../src/regions/regions.ts';
import {
  MARKER_VIEWS,
  type MarkerView,
  type Muscle,
  type TriggerPoint,
} from '../src/schema/muscle-schema.ts';
import { buildMuscles, MUSCLE_DATA_DIR } from './muscle-data.ts';

type Pt = [number, number];
const force = process.argv.includes('--force');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
// "--except id,id": muscles whose positions were reviewed by hand keep them under --force.
const exceptIndex = process.argv.indexOf('--except');
const except = new Set(exceptIndex > 0 ? (process.argv[exceptIndex + 1] ?? '').split(',') : []);
const viewsIndex = process.argv.indexOf('--views');
const onlyViews = new Set(viewsIndex > 0 ? (process.argv[viewsIndex + 1] ?? '').split(',') : []);
for (const v of onlyViews)
  if (!(MARKER_VIEWS as readonly string[]).includes(v)) throw new Error(`--views: ${v} is not a marker view`);
const only = args.filter(
  (a) => !except.has(a) && a !== process.argv[exceptIndex + 1] && a !== process.argv[viewsIndex + 1],
);

const polyCache = new Map<string, MultiPolygon>();
function poly(view: ViewGeometry, id: string): MultiPolygon | undefined {
  const key = `${view.view}:${id}`;
  if (!polyCache.has(key)) {
    const shape = view.regions.find((r) => r.id === id);
    if (shape === undefined) return undefined;
    polyCache.set(key, pathPolygons(shape.d));
  }
  return polyCache.get(key);
}
function box(m: MultiPolygon): { w: number; h: number } {
  const pts = m.flatMap((p) => p[0] ?? []);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}
/** Inside with a margin: the point and eight points around it at radius r. */
function insideWithMargin(m: MultiPolygon, p: Pt, r: number): boolean {
  if (!contains(m, p)) return false;
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    if (!contains(m, [p[0] + r * Math.cos(a), p[1] + r * Math.sin(a)])) return false;
  }
  return true;
}

const DIRECTION_WORDS: [RegExp, 'up' | 'down' | 'medial' | 'lateral' | 'front' | 'back'][] = [
  [/\b(upper|above|top|high|higher|superior|uppermost|upward)\b/, 'up'],
  [/\b(lower|below|bottom|low|inferior|lowest|downward)\b/, 'down'],
  [/\b(inner|medial|inside|midline|spine|spinous|central|middle of the)\b/, 'medial'],
  [/\b(outer|lateral|outside)\b/, 'lateral'],
  [/\b(front|anterior|forward)\b/, 'front'],
  [/\b(behind|posterior|rear)\b|\bback (fibres|part|edge|of the)\b/, 'back'],
];

/**
 * Medial (toward the midline in the anatomical position: the little-finger side of the hand, the big-toe
 * side of the foot) on the close-ups, for the right hand or foot; and whether "up" means toward the
 * wrist or ankle (the anatomical position has the hands and feet below), which is down in the picture.
 */
const CLOSE_UP_MEDIAL_X: Partial<Record<MarkerView, number>> = {
  'hand-palmar': -1,
  'hand-dorsal': 1,
  'foot-dorsal': 1,
  'foot-plantar': -1,
};

/** Direction of a word on a view, for the muscle's right side, as a unit-ish vector in view units. */
function direction(view: MarkerView, word: (typeof DIRECTION_WORDS)[number][1]): Pt {
  const closeUp = CLOSE_UP_MEDIAL_X[view];
  if (closeUp !== undefined) {
    const proximal = view === 'foot-plantar' ? 0 : 1;
    if (word === 'up') return [0, proximal];
    if (word === 'down') return [0, -proximal];
    if (word === 'medial') return [closeUp, 0];
    if (word === 'lateral') return [-closeUp, 0];
    return [0, 0];
  }
  const medialX = view === 'posterior' ? -1 : view === 'right-lateral' || view === 'head-right' ? 0 : 1;
  const frontX = view === 'right-lateral' || view === 'head-right' ? 1 : 0;
  switch (word) {
    case 'up':
      return [0, -1];
    case 'down':
      return [0, 1];
    case 'medial':
      return [medialX, 0];
    case 'lateral':
      return [-medialX, 0];
    case 'front':
      return [frontX, 0];
    case 'back':
      return [-frontX, 0];
  }
}

const namesOf = REGIONS.map((r) => ({
  id: r.id,
  words: [r.name, ...r.synonyms]
    .map((w) => w.toLowerCase().replace(/^(left|right) /, ''))
    .filter((w) => w.length >= 3),
}));

/** Anchors of regions (other than the home region) the description names, on this view and side. */
function landmarks(view: ViewGeometry, description: string, home: string): Pt[] {
  const text = description.toLowerCase();
  const side = home.slice(0, 2);
  return view.regions
    .filter((s) => s.id !== home && (s.id.startsWith(side) || s.id.startsWith('m.')))
    .filter((s) => namesOf.find((n) => n.id === s.id)?.words.some((w) => new RegExp(`\\b${w}\\b`).test(text)))
    .map((s) => [s.anchor[0], s.anchor[1]]);
}

function mirrorPoly(view: MarkerView, regionId: string): { view: ViewGeometry; id: string } | undefined {
  const mirrorView =
    view === 'right-lateral'
      ? 'left-lateral'
      : view === 'head-right'
        ? 'head-left'
        : (view as ViewGeometry['view']);
  const id = regionId.startsWith('r.') ? `l.${regionId.slice(2)}` : regionId;
  const g = VIEW_GEOMETRY[mirrorView];
  return g.regions.some((r) => r.id === id) ? { view: g, id } : undefined;
}

/** A position for one trigger point on one view, in view units, before spreading. */
function place(tp: TriggerPoint, view: MarkerView, regionId: string): { p: Pt; ok: (q: Pt) => boolean } {
  const g = VIEW_GEOMETRY[view];
  const m = poly(g, regionId);
  const shape = g.regions.find((r) => r.id === regionId);
  if (m === undefined || shape === undefined) throw new Error(`${tp.id}: ${regionId} not in ${view}`);
  const anchor: Pt = [shape.anchor[0], shape.anchor[1]];
  const { w, h } = box(m);
  const margin = Math.min(Math.max(g.width, g.height) / 140, Math.min(w, h) / 5);
  const mirror = mirrorPoly(view, regionId);
  const mirrorM = mirror === undefined ? undefined : poly(mirror.view, mirror.id);
  const ok = (q: Pt): boolean =>
    insideWithMargin(m, q, margin) &&
    (mirrorM === undefined || insideWithMargin(mirrorM, [g.width - q[0], q[1]], margin));
  let p: Pt = [...anchor];
  const marks = landmarks(g, tp.location.description, regionId);
  if (marks.length > 0) {
    const near = marks.reduce((a, b) =>
      Math.hypot(a[0] - p[0], a[1] - p[1]) <= Math.hypot(b[0] - p[0], b[1] - p[1]) ? a : b,
    );
    p = [p[0] + 0.6 * (near[0] - p[0]), p[1] + 0.6 * (near[1] - p[1])];
  }
  // "above the kneecap", "behind the ear": a relation to a landmark, which the pull above handles;
  // only free direction words ("upper fibres", "outer part") nudge.
  const free = tp.location.description
    .toLowerCase()
    .replace(
      /\b(just |slightly |a little |well )?(above|below|behind|in front of|under|beneath)( and (slightly |a little )?(above|below|behind|in front of))?( the| its| and)\b[^,;]*/g,
      ' ',
    );
  const words = DIRECTION_WORDS.filter(([re]) => re.test(free));
  for (const [, word] of words) {
    const d = direction(view, word);
    p = [p[0] + d[0] * w * 0.22, p[1] + d[1] * h * 0.22];
  }
  return { p: pullInside(p, anchor, ok), ok };
}

function pullInside(p: Pt, anchor: Pt, ok: (q: Pt) => boolean): Pt {
  let q = p;
  for (let i = 0; i < 12 && !ok(q); i++)
    q = [q[0] + 0.25 * (anchor[0] - q[0]), q[1] + 0.25 * (anchor[1] - q[1])];
  return ok(q) ? q : anchor;
}

/** The right-side (or midline) region id of a trigger point's location. */
function homeRegion(muscle: Muscle, tp: TriggerPoint): string | undefined {
  const ids = resolveRelativeRegion(tp.location.region, muscle.paired ? 'r' : 'm');
  return ids.find((id) => id.startsWith('r.')) ?? ids[0];
}

function placeMuscle(muscle: Muscle): Map<string, Partial<Record<MarkerView, Pt>>> {
  const out = new Map<string, Partial<Record<MarkerView, Pt>>>();
  for (const view of MARKER_VIEWS) {
    if (onlyViews.size > 0 && !onlyViews.has(view)) continue;
    const g = VIEW_GEOMETRY[view];
    const placed: { tp: TriggerPoint; p: Pt; ok: (q: Pt) => boolean; anchor: Pt }[] = [];
    for (const tp of muscle.triggerPoints) {
      const home = homeRegion(muscle, tp);
      if (home === undefined || !(REGION_VIEWS[home] ?? []).includes(view)) continue;
      const shape = g.regions.find((r) => r.id === home);
      if (shape === undefined) continue;
      const { p, ok } = place(tp, view, home);
      placed.push({ tp, p, ok, anchor: [shape.anchor[0], shape.anchor[1]] });
    }
    // Push apart markers of this muscle that would overlap (numbers must stay readable).
    const minGap = Math.max(g.width, g.height) / 40;
    for (let round = 0; round < 20; round++) {
      let moved = false;
      for (let i = 0; i < placed.length; i++)
        for (let j = i + 1; j < placed.length; j++) {
          const a = placed[i]!;
          const b = placed[j]!;
          const dx = b.p[0] - a.p[0];
          const dy = b.p[1] - a.p[1];
          const dist = Math.hypot(dx, dy);
          if (dist >= minGap) continue;
          const [ux, uy] = dist < 1e-6 ? [0, 1] : [dx / dist, dy / dist];
          const push = (minGap - dist) / 2 + 0.5;
          const na: Pt = [a.p[0] - ux * push, a.p[1] - uy * push];
          const nb: Pt = [b.p[0] + ux * push, b.p[1] + uy * push];
          if (a.ok(na)) a.p = na;
          if (b.ok(nb)) b.p = nb;
          moved = true;
        }
      if (!moved) break;
    }
    for (const { tp, p } of placed) {
      const entry = out.get(tp.id) ?? {};
      entry[view] = [Math.round((p[0] / g.width) * 1000) / 1000, Math.round((p[1] / g.height) * 1000) / 1000];
      out.set(tp.id, entry);
    }
  }
  return out;
}

let files = 0;
for (const muscle of buildMuscles()) {
  if ((only.length > 0 && !only.includes(muscle.id)) || except.has(muscle.id)) continue;
  const path = join(MUSCLE_DATA_DIR, muscle.area, `${muscle.id}.yaml`);
  const doc = parseDocument(readFileSync(path, 'utf8'));
  const tps = doc.get('triggerPoints');
  if (!isSeq(tps)) continue;
  const positions = placeMuscle(muscle);
  let changed = false;
  for (const item of tps.items) {
    if (!isMap(item)) continue;
    const map = item as YAMLMap;
    const id = String(map.get('id'));
    if (map.has('markers') && !force && onlyViews.size === 0) continue;
    const pos = positions.get(id);
    if (pos === undefined) continue;
    const existing = map.get('markers');
    if (onlyViews.size > 0 && isMap(existing)) {
      for (const [view, point] of Object.entries(pos)) {
        const node = doc.createNode(point);
        if (isSeq(node)) node.flow = true;
        existing.set(view, node);
      }
      changed = true;
      continue;
    }
    const node = doc.createNode(pos);
    if (isMap(node)) for (const pair of node.items) if (isSeq(pair.value)) pair.value.flow = true;
    map.set('markers', node);
    changed = true;
  }
  if (changed) {
    writeFileSync(path, doc.toString({ lineWidth: 100, minContentWidth: 40 }));
    files++;
  }
}
console.log(
  `placed markers in ${files} of ${readdirSync(MUSCLE_DATA_DIR).length} area folders' muscle files`,
);
