// Reads the atlas muscle files (data/muscles/<area>/_area.yaml + <id>.yaml), applies each area's
// defaults and the sourced culprit ratings (data/culprits/<region group>.yaml), validates with the zod
// schemas and returns the muscles in atlas order. Used by build-muscles.ts (writes
// src/generated/muscles.json) and by the freshness test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type z } from 'zod';
import { BODY_AREAS } from '../src/vocabulary/body-areas.ts';
import { MuscleSchema, type Muscle } from '../src/schema/muscle-schema.ts';
import { AreaFileSchema, MuscleFileSchema } from '../src/schema/muscle-file-schema.ts';
import { readCulprits, type CulpritTable } from './culprit-data.ts';

/** The folder holding one sub-folder per body area. */
export const MUSCLE_DATA_DIR = fileURLToPath(new URL('../data/muscles/', import.meta.url));
/** The folder holding one culprit file per region group. */
export const CULPRIT_DATA_DIR = fileURLToPath(new URL('../data/culprits/', import.meta.url));
/** The committed build output. */
export const MUSCLES_JSON = fileURLToPath(new URL('../src/generated/muscles.json', import.meta.url));

/** A data error naming the file and the field. */
export class MuscleDataError extends Error {}

function issues(file: string, error: z.ZodError): MuscleDataError {
  const lines = error.issues
    .slice(0, 8)
    .map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('\n');
  return new MuscleDataError(`${file}:\n${lines}`);
}

/** Keys present in `input` but dropped by the parse (a misspelt nested field), as dotted paths. */
function droppedKeys(input: unknown, parsed: unknown, path = ''): string[] {
  if (Array.isArray(input) && Array.isArray(parsed))
    return input.flatMap((v, i) => droppedKeys(v, parsed[i], `${path}${i}.`));
  if (input === null || typeof input !== 'object' || parsed === null || typeof parsed !== 'object') return [];
  return Object.entries(input).flatMap(([k, v]) =>
    k in parsed ? droppedKeys(v, (parsed as Record<string, unknown>)[k], `${path}${k}.`) : [`${path}${k}`],
  );
}

function readYaml(file: string): unknown {
  try {
    return parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new MuscleDataError(`${file}: ${(error as Error).message}`);
  }
}

/** Builds one area: its muscles in the order `_area.yaml` lists them, defaults applied, validated. */
function buildArea(root: string, area: (typeof BODY_AREAS)[number], culprits: CulpritTable): Muscle[] {
  const dir = join(root, area);
  const areaPath = join(dir, '_area.yaml');
  const areaFile = AreaFileSchema.safeParse(readYaml(areaPath));
  if (!areaFile.success) throw issues(areaPath, areaFile.error);
  const { order, defaults = {}, triggerPointDefaults = {} } = areaFile.data;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && f !== '_area.yaml')
    .map((f) => f.slice(0, -'.yaml'.length));
  const unlisted = files.filter((f) => !order.includes(f));
  const missing = order.filter((id) => !files.includes(id));
  const twice = order.filter((id, i) => order.indexOf(id) !== i);
  if (unlisted.length + missing.length + twice.length > 0)
    throw new MuscleDataError(
      `${areaPath}: order must list every muscle file once` +
        (unlisted.length ? `; not listed: ${unlisted.join(', ')}` : '') +
        (missing.length ? `; no file: ${missing.join(', ')}` : '') +
        (twice.length ? `; listed twice: ${twice.join(', ')}` : ''),
    );
  return order.map((id) => {
    const path = join(dir, `${id}.yaml`);
    const raw = readYaml(path);
    const file = MuscleFileSchema.safeParse(raw);
    if (!file.success) throw issues(path, file.error);
    if (file.data.id !== id)
      throw new MuscleDataError(`${path}: id "${file.data.id}" must match the file name`);
    const merged = {
      ...defaults,
      ...file.data,
      area,
      triggerPoints: file.data.triggerPoints.map((tp) => ({
        ...triggerPointDefaults,
        ...tp,
        referral: tp.referral.map((r) => ({ ...r, culprit: culprits.ratingOf(path, id, r.region) })),
      })),
    };
    const muscle = MuscleSchema.safeParse(merged);
    if (!muscle.success) throw issues(path, muscle.error);
    const dropped = droppedKeys(raw, muscle.data).filter((k) => k !== 'area');
    if (dropped.length > 0) throw new MuscleDataError(`${path}: unknown field(s) ${dropped.join(', ')}`);
    return muscle.data;
  });
}

/** Every muscle of the atlas, head to foot (areas in BODY_AREAS order), culprits applied, validated. */
export function buildMuscles(root = MUSCLE_DATA_DIR, culpritRoot = CULPRIT_DATA_DIR): Muscle[] {
  const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  const unknown = folders.map((d) => d.name).filter((n) => !(BODY_AREAS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new MuscleDataError(`${root}: unknown area folder(s) ${unknown.join(', ')}`);
  const culprits = readCulprits(culpritRoot, (message) => new MuscleDataError(message), readYaml);
  const muscles = BODY_AREAS.flatMap((area) => buildArea(root, area, culprits));
  culprits.assertAllUsed();
  return muscles;
}

/** The exact text of src/generated/muscles.json for these muscles. */
export function musclesJsonText(muscles: readonly Muscle[]): string {
  return `${JSON.stringify(muscles, null, 2)}\n`;
}
