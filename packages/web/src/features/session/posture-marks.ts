/**
 * Where each posture observation shows on the posture figure, as data: the view (front, back or side
 * panel of one 540 × 400 drawing) and the centre of its tap target in the drawing's units. A sided
 * observation has one mark per side. In the front panel the client's right is on the viewer's left;
 * in the back panel the client's left is on the viewer's left; the side panel faces right.
 */

/** A panel of the posture figure. */
export type PostureView = 'front' | 'back' | 'side';

/** One mark: an observation (and side) at a point of a panel. */
export interface PostureMark {
  readonly observation: string;
  readonly side: 'l' | 'r' | null;
  readonly view: PostureView;
  readonly x: number;
  readonly y: number;
}

/** The drawing's size in its own units; panels are PANEL_WIDTH wide, side by side. */
export const FIGURE_SIZE = { width: 540, height: 400 } as const;
/** Each panel's width and left edge. */
export const PANEL_WIDTH = 180;
/** Panel order, left to right. */
export const PANELS: readonly PostureView[] = ['front', 'back', 'side'];
/** A mark's radius: 22 units, so 44 px across when the drawing is drawn at least 540 px wide. */
export const MARK_RADIUS = 22;

/** The marks (see the module comment for the sides). */
export const POSTURE_MARKS: readonly PostureMark[] = Object.freeze([
  { observation: 'head-tilt', side: 'r', view: 'front', x: 58, y: 28 },
  { observation: 'head-tilt', side: 'l', view: 'front', x: 122, y: 28 },
  { observation: 'elevated-shoulder', side: 'r', view: 'front', x: 48, y: 84 },
  { observation: 'elevated-shoulder', side: 'l', view: 'front', x: 132, y: 84 },
  { observation: 'lateral-pelvic-tilt', side: 'r', view: 'front', x: 58, y: 200 },
  { observation: 'lateral-pelvic-tilt', side: 'l', view: 'front', x: 122, y: 200 },
  { observation: 'flat-feet', side: 'r', view: 'front', x: 64, y: 376 },
  { observation: 'flat-feet', side: 'l', view: 'front', x: 116, y: 376 },
  { observation: 'winged-scapula', side: 'l', view: 'back', x: 64, y: 112 },
  { observation: 'winged-scapula', side: 'r', view: 'back', x: 116, y: 112 },
  { observation: 'scoliosis', side: null, view: 'back', x: 90, y: 160 },
  { observation: 'leg-length-difference', side: 'l', view: 'back', x: 60, y: 360 },
  { observation: 'leg-length-difference', side: 'r', view: 'back', x: 120, y: 360 },
  { observation: 'forward-head', side: null, view: 'side', x: 122, y: 46 },
  { observation: 'rounded-shoulders', side: null, view: 'side', x: 112, y: 94 },
  { observation: 'increased-thoracic-kyphosis', side: null, view: 'side', x: 58, y: 112 },
  { observation: 'increased-lumbar-lordosis', side: null, view: 'side', x: 66, y: 176 },
  { observation: 'flat-low-back', side: null, view: 'side', x: 58, y: 226 },
  { observation: 'anterior-pelvic-tilt', side: null, view: 'side', x: 116, y: 208 },
]);

/** A mark's centre in the whole drawing (its panel's offset added). */
export function markCentre(mark: PostureMark): { x: number; y: number } {
  return { x: PANELS.indexOf(mark.view) * PANEL_WIDTH + mark.x, y: mark.y };
}
