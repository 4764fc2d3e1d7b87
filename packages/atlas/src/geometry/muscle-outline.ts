import type { ViewId } from '../regions/region-types.ts';
import type { ViewGeometry } from './geometry-types.ts';
import { storedRightSide } from './stored-side.ts';

/** One muscle's drawing on one view: belly outline and fibre lines, SVG path data in view units. */
export interface MuscleOutlineShape {
  /** Closed belly outline(s) (absolute M/L/Z, integer units). */
  readonly d: string;
  /** Open fibre lines (absolute M/L) showing the direction the fibres run. */
  readonly fibres: string;
}

/** One muscle's outlines, stored for the person's right side on the views that carry them. */
export interface MuscleOutlineEntry {
  /** The muscle lies under others (drawn dashed). */
  readonly deep?: boolean;
  readonly views: Partial<Readonly<Record<ViewId, MuscleOutlineShape>>>;
}

/** Outlines by muscle id (generated from packages/atlas/geometry-src/muscle-landmarks). */
export type MuscleOutlineTable = Readonly<Record<string, MuscleOutlineEntry>>;

/** Path data with every x reflected about the view's vertical centre line. */
export function mirrorPath(d: string, width: number): string {
  let x = true;
  return d.replace(/[MLZ]|-?\d+(?:\.\d+)?/g, (t) => {
    if (t === 'M' || t === 'L') {
      x = true;
      return t;
    }
    if (t === 'Z') return t;
    const out = x ? String(Math.round((width - Number(t)) * 10) / 10) : t;
    x = !x;
    return out;
  });
}

/**
 * A muscle's outline on a view for one concrete side ('l' or 'r'), mirrored from the stored right side
 * where needed; undefined when the muscle has no outline on that view.
 * @example muscleOutline(table, 'infraspinatus', 'l', VIEW_GEOMETRY.posterior)
 */
export function muscleOutline(
  table: MuscleOutlineTable,
  muscleId: string,
  side: 'l' | 'r',
  geometry: ViewGeometry,
): MuscleOutlineShape | undefined {
  const { base, mirror } = storedRightSide(geometry.view, side);
  const shape = table[muscleId]?.views[base];
  if (shape === undefined) return undefined;
  return mirror
    ? { d: mirrorPath(shape.d, geometry.width), fibres: mirrorPath(shape.fibres, geometry.width) }
    : shape;
}
