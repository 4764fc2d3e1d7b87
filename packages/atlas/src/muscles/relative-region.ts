import { regionId, regionKindByKey } from '../regions/regions.ts';
import type { Side } from '../regions/region-types.ts';

/**
 * Turns a region reference relative to a muscle's side into concrete region ids.
 * "temple" on side r -> ["r.temple"]; "contra.temple" on r -> ["l.temple"]; a lateral key on an
 * unpaired (m) muscle -> both sides; a midline key -> ["m.key"]. Unknown keys give [].
 */
export function resolveRelativeRegion(ref: string, side: Side): string[] {
  const contra = ref.startsWith('contra.');
  const key = contra ? ref.slice('contra.'.length) : ref;
  const kind = regionKindByKey(key);
  if (kind === undefined) return [];
  if (!kind.lateral) return [regionId(key, 'm')];
  if (side === 'm') return [regionId(key, 'l'), regionId(key, 'r')];
  const target: Side = contra ? (side === 'l' ? 'r' : 'l') : side;
  return [regionId(key, target)];
}
