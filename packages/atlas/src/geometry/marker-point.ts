import type { TriggerPoint } from '../schema/muscle-schema.ts';
import type { ViewId } from '../regions/region-types.ts';
import type { ViewGeometry } from './geometry-types.ts';
import { storedRightSide } from './stored-side.ts';

/**
 * A trigger point's marker position on a view, normalised [x, y] (0..1), for the muscle on one concrete
 * side ('l' or 'r'; a midline muscle uses 'r' for a midline region). Positions are stored for the right
 * side; the left side, and the left-facing views, are the stored point mirrored. undefined when none is
 * stored for that view. The caller decides visibility (the region must be drawn in the view).
 */
export function markerPoint(
  triggerPoint: TriggerPoint,
  side: 'l' | 'r',
  view: ViewId,
): readonly [number, number] | undefined {
  const { base, mirror } = storedRightSide(view, side);
  const point = triggerPoint.markers?.[base as keyof NonNullable<TriggerPoint['markers']>];
  if (point === undefined) return undefined;
  return mirror ? [1 - point[0], point[1]] : point;
}

/** A normalised point on a view in that view's SVG units. */
export function toViewUnits(point: readonly [number, number], geometry: ViewGeometry): [number, number] {
  return [point[0] * geometry.width, point[1] * geometry.height];
}
