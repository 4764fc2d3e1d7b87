import type { ViewId } from '../regions/region-types.ts';
import type { ViewGeometry } from './geometry-types.ts';
import { GEOMETRY_ANTERIOR } from './generated/anterior.ts';
import { GEOMETRY_POSTERIOR } from './generated/posterior.ts';
import { GEOMETRY_LEFT_LATERAL } from './generated/left-lateral.ts';
import { GEOMETRY_RIGHT_LATERAL } from './generated/right-lateral.ts';
import { GEOMETRY_FACE } from './generated/face.ts';
import { GEOMETRY_HEAD_LEFT } from './generated/head-left.ts';
import { GEOMETRY_HEAD_RIGHT } from './generated/head-right.ts';
import { GEOMETRY_MOUTH } from './generated/mouth.ts';

export type { ViewGeometry, ViewRegionShape } from './geometry-types.ts';

/** The drawn geometry of every body map view. */
export const VIEW_GEOMETRY: Readonly<Record<ViewId, ViewGeometry>> = {
  anterior: GEOMETRY_ANTERIOR,
  posterior: GEOMETRY_POSTERIOR,
  'left-lateral': GEOMETRY_LEFT_LATERAL,
  'right-lateral': GEOMETRY_RIGHT_LATERAL,
  face: GEOMETRY_FACE,
  'head-left': GEOMETRY_HEAD_LEFT,
  'head-right': GEOMETRY_HEAD_RIGHT,
  mouth: GEOMETRY_MOUTH,
};
export { markerPoint, toViewUnits } from './marker-point.ts';
