import { AREAS } from './areas.ts';
import { REGION_KINDS } from './region-kinds.ts';
import { REGION_SEED_CODES } from './region-seed-codes.ts';
import { REGION_ADJACENCY } from '../geometry/generated/region-adjacency.ts';
import { REGION_VIEWS } from '../geometry/generated/region-views.ts';
import type { Region, RegionArea, RegionKind, Side, ViewId } from './region-types.ts';

const SIDE_WORD: Readonly<Record<Side, string>> = { l: 'left', r: 'right', m: '' };

/** The region id for a kind key on a side: regionId('temple', 'r') === 'r.temple'. */
export function regionId(key: string, side: Side): string {
  return `${side}.${key}`;
}

/** Splits a region id into its side and kind key. */
export function regionIdParts(id: string): { side: Side; key: string } {
  const side = id.slice(0, 1) as Side;
  return { side, key: id.slice(2) };
}

/** "right temple", but "behind the right ear" and "between the shoulder blades, right side". */
export function sidedRegionName(name: string, side: Side): string {
  if (side === 'm') return name;
  const word = SIDE_WORD[side];
  if (/^(below|above|around|behind|deep in) the /.test(name)) return name.replace(' the ', ` the ${word} `);
  if (name.startsWith('between ')) return `${name}, ${word} side`;
  return `${word} ${name}`;
}

const areaByKey = new Map<string, RegionArea>(AREAS.map((a) => [a.key, a]));

function expandKind(kind: RegionKind): Region[] {
  const area = areaByKey.get(kind.parent);
  if (area === undefined) throw new Error(`region kind ${kind.key} names unknown parent area ${kind.parent}`);
  const sides: Side[] = kind.lateral ? ['l', 'r'] : ['m'];
  const seed = kind.seedCode === undefined ? undefined : REGION_SEED_CODES[kind.seedCode];
  return sides.map((side) => {
    const id = regionId(kind.key, side);
    const views: readonly ViewId[] = REGION_VIEWS[id] ?? [];
    return Object.freeze({
      id,
      key: kind.key,
      side,
      name: sidedRegionName(kind.name, side),
      group: area.group,
      parent: kind.parent,
      views,
      synonyms: kind.synonyms,
      codes: seed === undefined ? [] : [seed],
    });
  });
}

/** Every leaf region of the body map, lateral kinds expanded to left and right. */
export const REGIONS: readonly Region[] = Object.freeze(REGION_KINDS.flatMap(expandKind));

const regionMap = new Map<string, Region>(REGIONS.map((r) => [r.id, r]));
const kindMap = new Map<string, RegionKind>(REGION_KINDS.map((k) => [k.key, k]));

/** The region with this id, or undefined. */
export function regionById(id: string): Region | undefined {
  return regionMap.get(id);
}

/** The region kind with this side-less key, or undefined. */
export function regionKindByKey(key: string): RegionKind | undefined {
  return kindMap.get(key);
}

/** The parent area with this key, or undefined. */
export function areaByKeyLookup(key: string): RegionArea | undefined {
  return areaByKey.get(key);
}

/** All regions whose parent area is this key. */
export function regionsInArea(areaKey: string): Region[] {
  return REGIONS.filter((r) => r.parent === areaKey);
}

/** The mirror image of a region id: l.temple -> r.temple; midline ids map to themselves. */
export function mirrorRegionId(id: string): string {
  const { side, key } = regionIdParts(id);
  if (side === 'm') return id;
  return regionId(key, side === 'l' ? 'r' : 'l');
}

/** Regions whose outline touches this one in some body map view (derived from the generated geometry). */
export function regionNeighbours(id: string): readonly string[] {
  return REGION_ADJACENCY[id] ?? [];
}
