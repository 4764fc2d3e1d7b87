// Builds the muscle outline table (what src/geometry/generated/muscle-outlines.json holds) from the
// landmark files: each muscle's parts per view turned into belly outlines and fibre lines.
import { ALL_MUSCLES } from '../../src/muscles/all-muscles.ts';
import type { MuscleOutlineEntry } from '../../src/geometry/muscle-outline.ts';
import { readMuscleLandmarks } from './landmark-files.ts';
import { outlineShape } from './outline-shape.ts';

/** Where the generated table is committed. */
export const OUTLINES_JSON = new URL('../../src/geometry/generated/muscle-outlines.json', import.meta.url);

/** The outline table by muscle id; throws on a muscle id the atlas does not have. */
export function buildOutlineTable(): Record<string, MuscleOutlineEntry> {
  const known = new Set(ALL_MUSCLES.map((m) => m.id));
  const table: Record<string, MuscleOutlineEntry> = {};
  for (const m of readMuscleLandmarks()) {
    if (!known.has(m.id)) throw new Error(`muscle landmarks: unknown muscle id ${m.id}`);
    const views: Record<string, { d: string; fibres: string }> = {};
    for (const [view, parts] of Object.entries(m.views)) {
      const shapes = parts.map(outlineShape);
      views[view] = { d: shapes.map((s) => s.d).join(''), fibres: shapes.map((s) => s.fibres).join('') };
    }
    table[m.id] = m.deep ? { deep: true, views } : { views };
  }
  return table;
}

/** The committed JSON text of a table. */
export function outlineTableText(table: Record<string, MuscleOutlineEntry>): string {
  return `${JSON.stringify(table)}\n`;
}
