import { LEXICON } from '@myomap/atlas/language';
import { regionId, regionKindByKey, regionNeighbours } from '@myomap/atlas/regions';
import type { Mention } from './parse-mentions.ts';
import { headPart, partMembers, placeMention, placeRegions } from './place-regions.ts';

/** Whether a region of one kind list touches a region of the other on the body map (same side). */
export function touches(a: readonly string[], b: readonly string[]): boolean {
  const ids = (k: string): string[] =>
    regionKindByKey(k)?.lateral === true ? [regionId(k, 'l')] : [regionId(k, 'm')];
  const near = new Set(a.flatMap(ids).flatMap((id) => regionNeighbours(id)));
  return b.flatMap(ids).some((id) => near.has(id) || near.has(id.replace(/^l\./, 'm.')));
}

/**
 * "where my bum meets my leg", "the base of my skull where it meets my neck": the regions of the first place
 * at its junction with the second (mention `b`, related by "meets"/"joins"): those the atlas lists under
 * both parts (the suboccipital region is neck and skull), else those touching the second place on the map
 * (the gluteal fold). Kept to the first place's own reading when that overlaps. Empty when none meet.
 * Directions written with the second place ("low down where they meet the legs") do not move the junction.
 */
export function junctionKinds(a: Mention, b: Mention): string[] {
  const pa = headPart(a.head);
  const pb = headPart(b.head);
  if (pa === undefined || pb === undefined || pa === pb) return [];
  const own = placeMention(a).kinds;
  const all = [...new Set([...partMembers(pa), ...placeRegions(a.head, [], undefined, true).kinds])];
  const shared = all.filter((k) => LEXICON.facets.regions[k]?.parts.includes(pb) === true);
  // The whole of the second place and of the parts holding it: "where my bum meets the top of my leg" (or
  // "the back of my leg", an atlas name for the calf) is where it meets the leg, at the thigh.
  const holders = [pb, ...(LEXICON.facets.parts[pb]?.within ?? [])];
  const other = [
    ...placeRegions(b.head, [], undefined, true).kinds,
    ...holders.flatMap((p) => placeRegions({ kind: 'part', part: p, facets: [] }, [], undefined, true).kinds),
  ];
  const meet = shared.length > 0 ? shared : all.filter((k) => touches([k], other));
  const kept = meet.filter((k) => own.includes(k));
  return kept.length > 0 ? kept : meet;
}
