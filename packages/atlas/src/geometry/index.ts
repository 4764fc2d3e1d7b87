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
import { GEOMETRY_HAND_DORSAL } from './generated/hand-dorsal.ts';
import { GEOMETRY_HAND_PALMAR } from './generated/hand-palmar.ts';
import { GEOMETRY_FOOT_DORSAL } from './generated/foot-dorsal.ts';
import { GEOMETRY_FOOT_PLANTAR } from './generated/foot-plantar.ts';

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
  'hand-dorsal': GEOMETRY_HAND_DORSAL,
  'hand-palmar': GEOMETRY_HAND_PALMAR,
  'foot-dorsal': GEOMETRY_FOOT_DORSAL,
  'foot-plantar': GEOMETRY_FOOT_PLANTAR,
};
export { markerPoint, toViewUnits } from './marker-point.ts';
