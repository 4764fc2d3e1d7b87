import { resolveRelativeRegion, type Atlas, type Culprit, type Muscle, type Side } from '@myomap/atlas';

/** One trigger point of one muscle on one side sending pain to one region. */
export interface Referral {
  readonly muscleId: string;
  /** The side of the muscle that refers here ('m' for unpaired muscles). */
  readonly side: Side;
  readonly triggerPointId: string;
  readonly regionId: string;
  readonly zone: 'essential' | 'spillover';
  readonly culprit: Culprit;
}

/** Every referral in the atlas, by region and by muscle side. */
export interface ReferralIndex {
  readonly byRegion: ReadonlyMap<string, readonly Referral[]>;
  /** key "muscleId|side" -> its referrals. */
  readonly byMuscleSide: ReadonlyMap<string, readonly Referral[]>;
  /** key "muscleId|side" -> region ids where its trigger points lie. */
  readonly locations: ReadonlyMap<string, readonly string[]>;
}

/** The sides a muscle exists on. */
export function muscleSides(muscle: Muscle): readonly Side[] {
  return muscle.paired ? ['l', 'r'] : ['m'];
}

/** Key for a muscle on a side, used across the engine. */
export function muscleSideKey(muscleId: string, side: Side): string {
  return `${muscleId}|${side}`;
}

function build(atlas: Atlas): ReferralIndex {
  const byRegion = new Map<string, Referral[]>();
  const byMuscleSide = new Map<string, Referral[]>();
  const locations = new Map<string, string[]>();
  for (const muscle of atlas.muscles) {
    for (const side of muscleSides(muscle)) {
      const key = muscleSideKey(muscle.id, side);
      const own: Referral[] = [];
      const where: string[] = [];
      for (const tp of muscle.triggerPoints) {
        for (const id of resolveRelativeRegion(tp.location.region, side))
          if (!where.includes(id)) where.push(id);
        for (const zone of tp.referral) {
          for (const regionId of resolveRelativeRegion(zone.region, side)) {
            const r: Referral = {
              muscleId: muscle.id,
              side,
              triggerPointId: tp.id,
              regionId,
              zone: zone.zone,
              culprit: zone.culprit,
            };
            own.push(r);
            const list = byRegion.get(regionId) ?? [];
            list.push(r);
            byRegion.set(regionId, list);
          }
        }
      }
      byMuscleSide.set(key, own);
      locations.set(key, where);
    }
  }
  return { byRegion, byMuscleSide, locations };
}

const cache = new WeakMap<Atlas, ReferralIndex>();

/** The referral index of an atlas, built once per atlas object. */
export function referralIndex(atlas: Atlas): ReferralIndex {
  let index = cache.get(atlas);
  if (index === undefined) {
    index = build(atlas);
    cache.set(atlas, index);
  }
  return index;
}
