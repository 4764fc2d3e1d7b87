import {
  isExperimentalPattern,
  regionNeighbours,
  type Atlas,
  type Culprit,
  type Muscle,
  type Region,
  type Side,
} from '@myomap/atlas';
import { muscleSideKey, muscleSides, referralIndex } from '../patterns/referral-index.ts';
import { DEFAULT_WEIGHTS, type RankWeights } from './weights.ts';

/** A muscle on one side, as the ranking sees it. */
export interface Candidate {
  readonly key: string;
  readonly muscle: Muscle;
  readonly side: Side;
  /** Key of the same muscle on the other side (undefined for a midline muscle). */
  readonly mirrorKey: string | undefined;
  /** Distinct essential-zone regions of its pattern. */
  readonly essential: ReadonlySet<string>;
  /** Essential regions of both sides together (for a both-sides candidate); its own set when midline. */
  readonly essentialBothSides: ReadonlySet<string>;
  readonly restricts: ReadonlySet<string>;
  /** Movements that hurt when it works (contraction or load). */
  readonly painfulOn: ReadonlySet<string>;
  readonly activities: ReadonlySet<string>;
  readonly symptoms: ReadonlySet<string>;
  /** Position of the muscle in alphabetical order of names: a cheap, deterministic tie-breaker. */
  readonly nameOrder: number;
}

/** The best direct link of a candidate to one region. */
export interface ExactCredit {
  readonly credit: number;
  readonly zone: 'essential' | 'spillover';
  readonly culprit: Culprit;
  readonly triggerPointId: string;
  /** The pattern comes from an experiment on volunteers (weighed by experimentalFactor). */
  readonly experimental: boolean;
}

/** Partial credit through a neighbouring region of the same parent area. */
export interface NearbyCredit {
  readonly credit: number;
  readonly via: string;
}

/** Everything the ranking precomputes once per atlas (and latent setting). */
export interface ScoringTables {
  readonly candidates: ReadonlyMap<string, Candidate>;
  readonly exact: ReadonlyMap<string, ReadonlyMap<string, ExactCredit>>;
  readonly nearby: ReadonlyMap<string, ReadonlyMap<string, NearbyCredit>>;
  /** region -> candidates with a trigger point located there. */
  readonly local: ReadonlyMap<string, ReadonlySet<string>>;
  readonly regionById: ReadonlyMap<string, Region>;
  /** The weights these tables were built with; scoring with them reads the same set. */
  readonly weights: RankWeights;
}

/** Regions near this one: the same parent area on the same side (or midline), and every region touching it on the map on both sides. */
function nearbyOf(
  region: Region,
  regions: readonly Region[],
  regionById: ReadonlyMap<string, Region>,
): Region[] {
  const near = regions.filter(
    (o) =>
      o.id !== region.id &&
      o.parent === region.parent &&
      (o.side === region.side || o.side === 'm' || region.side === 'm'),
  );
  // The map's adjacency comes from drawn geometry, which is not always mirror symmetric (a region may
  // touch a neighbour in one side's view only): keep a neighbour only when the mirror image agrees, so
  // left and right rank alike. (The union was tried: same evaluation figures, ~10 % slower ranking.)
  const mirrored = (id: string): string =>
    id.startsWith('l.') ? `r.${id.slice(2)}` : id.startsWith('r.') ? `l.${id.slice(2)}` : id;
  const theirs = new Set(regionNeighbours(mirrored(region.id)).map(mirrored));
  const ids = regionNeighbours(region.id).filter((id) => theirs.has(id));
  for (const id of ids) {
    const o = regionById.get(id);
    if (o !== undefined && !near.includes(o)) near.push(o);
  }
  return near;
}

function build(
  atlas: Atlas,
  includeLatent: boolean,
  includeExperimental: boolean,
  weights: RankWeights,
): ScoringTables {
  const index = referralIndex(atlas);
  const candidates = new Map<string, Candidate>();
  const exact = new Map<string, Map<string, ExactCredit>>();
  const local = new Map<string, Set<string>>();
  const nameOrder = new Map(
    [...atlas.muscles]
      .sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id, 'en'))
      .map((m, i) => [m.id, i]),
  );
  const latentTps = new Set(
    atlas.muscles.flatMap((m) => m.triggerPoints.filter((t) => t.latent === true).map((t) => t.id)),
  );

  for (const muscle of atlas.muscles) {
    for (const side of muscleSides(muscle)) {
      const key = muscleSideKey(muscle.id, side);
      const essential = new Set<string>();
      for (const r of index.byMuscleSide.get(key) ?? []) {
        if (!includeLatent && latentTps.has(r.triggerPointId)) continue;
        const experimental = isExperimentalPattern(r.triggerPointId);
        if (!includeExperimental && experimental) continue;
        if (r.zone === 'essential') essential.add(r.regionId);
        const credit =
          weights.zone[r.zone] * weights.culprit[r.culprit] * (experimental ? weights.experimentalFactor : 1);
        const perRegion = exact.get(r.regionId) ?? new Map<string, ExactCredit>();
        const best = perRegion.get(key);
        if (best === undefined || credit > best.credit) {
          perRegion.set(key, {
            credit,
            zone: r.zone,
            culprit: r.culprit,
            triggerPointId: r.triggerPointId,
            experimental,
          });
        }
        exact.set(r.regionId, perRegion);
      }
      for (const regionId of index.locations.get(key) ?? []) {
        const set = local.get(regionId) ?? new Set<string>();
        set.add(key);
        local.set(regionId, set);
      }
      candidates.set(key, {
        key,
        muscle,
        side,
        mirrorKey: side === 'm' ? undefined : muscleSideKey(muscle.id, side === 'l' ? 'r' : 'l'),
        essential,
        essentialBothSides: essential,
        restricts: new Set(muscle.restricts),
        painfulOn: new Set(muscle.painfulOn ?? []),
        activities: new Set(muscle.perpetuatedBy),
        symptoms: new Set(muscle.symptoms),
        nameOrder: nameOrder.get(muscle.id) ?? 0,
      });
    }
  }

  for (const [key, c] of candidates) {
    const mirror = c.mirrorKey === undefined ? undefined : candidates.get(c.mirrorKey);
    if (mirror !== undefined)
      candidates.set(key, { ...c, essentialBothSides: new Set([...c.essential, ...mirror.essential]) });
  }

  const nearby = new Map<string, Map<string, NearbyCredit>>();
  for (const region of atlas.regions) {
    const map = new Map<string, NearbyCredit>();
    for (const sibling of nearbyOf(region, atlas.regions, atlas.regionById)) {
      for (const [key, credit] of exact.get(sibling.id) ?? []) {
        const value = credit.credit * weights.siblingShare;
        const best = map.get(key);
        if (best === undefined || value > best.credit) map.set(key, { credit: value, via: sibling.id });
      }
    }
    nearby.set(region.id, map);
  }
  return { candidates, exact, nearby, local, regionById: atlas.regionById, weights };
}

// atlas -> weights object -> latent setting -> tables. Both keys are held weakly, so a tuning run that
// tries thousands of weight sets leaves nothing behind; nothing here is mutable global state.
const cache = new WeakMap<Atlas, WeakMap<RankWeights, Map<number, ScoringTables>>>();

/** The scoring tables of an atlas, built once per (atlas, weights object, latent and experimental settings). */
export function scoringTables(
  atlas: Atlas,
  includeLatent = true,
  weights: RankWeights = DEFAULT_WEIGHTS,
  includeExperimental = true,
): ScoringTables {
  let byWeights = cache.get(atlas);
  if (byWeights === undefined) {
    byWeights = new WeakMap();
    cache.set(atlas, byWeights);
  }
  let byFlag = byWeights.get(weights);
  if (byFlag === undefined) {
    byFlag = new Map();
    byWeights.set(weights, byFlag);
  }
  const flags = (includeLatent ? 1 : 0) + (includeExperimental ? 2 : 0);
  let tables = byFlag.get(flags);
  if (tables === undefined) {
    tables = build(atlas, includeLatent, includeExperimental, weights);
    byFlag.set(flags, tables);
  }
  return tables;
}
