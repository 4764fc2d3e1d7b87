// Reads the muscle landmark files: _landmarks.yaml (named anatomical points per view, normalised, for the
// person's right side) and one <area>.yaml per body area (each muscle's origin, insertion and course per
// view, written with those names). Validates both with zod and resolves every point to view units.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { VIEW_GEOMETRY } from '../../src/geometry/index.ts';
import type { ViewId } from '../../src/regions/region-types.ts';
import type { OutlineInput, Xy } from './outline-shape.ts';

/** Views that carry stored outlines; the left-facing views are drawn as mirrors of these. */
export const OUTLINE_VIEWS = [
  'anterior',
  'posterior',
  'right-lateral',
  'face',
  'head-right',
  'hand-palmar',
  'hand-dorsal',
  'foot-dorsal',
  'foot-plantar',
] as const satisfies readonly ViewId[];
export type OutlineView = (typeof OUTLINE_VIEWS)[number];

const DIR = fileURLToPath(new URL('./', import.meta.url));
const Point = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]);
const LandmarksSchema = z.strictObject(
  Object.fromEntries(OUTLINE_VIEWS.map((v) => [v, z.record(z.string(), Point).optional()])),
);
// A landmark reference: "name", "a..b@0.3" (30% of the way from a to b), either followed by an offset
// " +0.01 -0.02" (normalised x and y).
const Ref = z.string().regex(/^[a-z0-9-]+(\.\.[a-z0-9-]+@(0|1|0?\.\d+))?( [+-]\d*\.?\d+ [+-]\d*\.?\d+)?$/);
const Ends = z.union([Ref, z.array(Ref).min(1).max(2)]);
const PartSchema = z.strictObject({
  from: Ends,
  to: Ends,
  via: z.array(Ref).max(4).optional(),
  belly: z.number().min(0).max(0.6).optional(),
  fibres: z.number().int().min(1).max(7).optional(),
});
const ViewSpec = z.union([PartSchema, z.array(PartSchema).min(1).max(6)]);
const MuscleSpec = z.strictObject({
  /** Lies under other muscles: drawn dashed. */
  deep: z.boolean().optional(),
  ...Object.fromEntries(OUTLINE_VIEWS.map((v) => [v, ViewSpec.optional()])),
});
const AreaFileSchema = z.record(z.string().regex(/^[a-z0-9-]+$/), MuscleSpec);
type Part = z.infer<typeof PartSchema>;

/** One muscle's resolved outline parts per view (view units), and whether it is deep. */
export interface MuscleLandmarks {
  readonly id: string;
  readonly deep: boolean;
  readonly views: Partial<Record<OutlineView, readonly OutlineInput[]>>;
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

function resolver(landmarks: Record<string, Record<string, readonly [number, number]> | undefined>) {
  return (view: OutlineView, ref: string, where: string): Xy => {
    const table = landmarks[view] ?? {};
    const named = (name: string): readonly [number, number] => {
      const p = table[name];
      if (p === undefined) throw new Error(`${where}: no landmark "${name}" on ${view}`);
      return p;
    };
    const [base = '', dx, dy] = ref.split(' ');
    const [a = '', rest] = base.split('..');
    let p: [number, number] = [...named(a)];
    if (rest !== undefined) {
      const [b = '', t = '0'] = rest.split('@');
      const q = named(b);
      p = [p[0] + (q[0] - p[0]) * Number(t), p[1] + (q[1] - p[1]) * Number(t)];
    }
    if (dx !== undefined && dy !== undefined) p = [p[0] + Number(dx), p[1] + Number(dy)];
    const g = VIEW_GEOMETRY[view];
    return [p[0] * g.width, p[1] * g.height];
  };
}

/** Every muscle's landmark spec, validated and resolved to view units, sorted by id. */
export function readMuscleLandmarks(): MuscleLandmarks[] {
  const lm = LandmarksSchema.parse(readYaml(`${DIR}_landmarks.yaml`)) as Record<
    string,
    Record<string, readonly [number, number]> | undefined
  >;
  const at = resolver(lm);
  const out: MuscleLandmarks[] = [];
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml') && f !== '_landmarks.yaml');
  for (const file of files) {
    const parsed = AreaFileSchema.safeParse(readYaml(`${DIR}${file}`));
    if (!parsed.success)
      throw new Error(
        `${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    for (const [id, spec] of Object.entries(parsed.data)) {
      if (out.some((m) => m.id === id)) throw new Error(`${file}: ${id} is specified twice`);
      const views: Partial<Record<OutlineView, OutlineInput[]>> = {};
      for (const view of OUTLINE_VIEWS) {
        const raw = (spec as Record<string, Part | Part[] | undefined>)[view];
        if (raw === undefined) continue;
        const parts = Array.isArray(raw) ? raw : [raw];
        const where = `${file}: ${id}.${view}`;
        const list = (e: string | string[]): Xy[] =>
          (Array.isArray(e) ? e : [e]).map((r) => at(view, r, where));
        views[view] = parts.map((p) => ({
          from: list(p.from),
          to: list(p.to),
          via: (p.via ?? []).map((r) => at(view, r, where)),
          belly: p.belly ?? 0.12,
          fibres: p.fibres ?? 3,
        }));
      }
      out.push({ id, deep: spec.deep === true, views });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
