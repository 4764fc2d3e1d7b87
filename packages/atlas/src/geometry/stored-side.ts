import type { ViewId } from '../regions/region-types.ts';

const MIRROR_BASE: Readonly<Partial<Record<ViewId, ViewId>>> = {
  'left-lateral': 'right-lateral',
  'head-left': 'head-right',
};
const SYMMETRIC: ReadonlySet<ViewId> = new Set([
  'anterior',
  'posterior',
  'face',
  'mouth',
  'hand-dorsal',
  'hand-palmar',
  'foot-dorsal',
  'foot-plantar',
]);

/**
 * Where a drawing stored for the person's right side is read for one concrete side on a view: the view
 * it is stored on (a left-facing view reads its right-facing twin) and whether to mirror it.
 */
export function storedRightSide(
  view: ViewId,
  side: 'l' | 'r',
): { readonly base: ViewId; readonly mirror: boolean } {
  const twin = MIRROR_BASE[view];
  return twin !== undefined
    ? { base: twin, mirror: true }
    : { base: view, mirror: side === 'l' && SYMMETRIC.has(view) };
}
