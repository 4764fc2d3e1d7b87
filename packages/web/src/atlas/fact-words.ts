import {
  resolveRelativeRegion,
  type Culprit,
  type Laterality,
  type Muscle,
  type TriggerPoint,
} from '@myomap/atlas';
import type { Side } from '@myomap/atlas/regions';
import { regionName } from './region-words.ts';

/** One region of a trigger point's pattern on a concrete side. */
export interface ZoneRegion {
  readonly regionId: string;
  readonly name: string;
  readonly culprit: Culprit;
}

/** The regions of one zone of a trigger point's pattern, resolved to the muscle's side. */
export function zoneRegions(tp: TriggerPoint, side: Side, zone: 'essential' | 'spillover'): ZoneRegion[] {
  return tp.referral
    .filter((z) => z.zone === zone)
    .flatMap((z) =>
      resolveRelativeRegion(z.region, side).map((regionId) => ({
        regionId,
        name: regionName(regionId),
        culprit: z.culprit,
      })),
    );
}

/** The region names where a trigger point lies on a side: "right temple". */
export function locationNames(tp: TriggerPoint, side: Side): string[] {
  return resolveRelativeRegion(tp.location.region, side).map(regionName);
}

/** How often the muscle is the cause there, in words. */
export const CULPRIT_WORDS: Readonly<Record<Culprit, string>> = {
  primary: 'main source',
  common: 'common',
  occasional: 'occasional',
};

/** Where a trigger point's pattern falls relative to its side. */
export const LATERALITY_WORDS: Readonly<Record<Laterality, string>> = {
  ipsilateral: 'Refers on the same side',
  bilateral: 'Refers on both sides',
  'crosses-midline': 'Refers across the midline to the other side',
};

/** Palpation technique, in words. */
export const PALPATION_METHOD_WORDS: Readonly<Record<Muscle['palpation']['method'], string>> = {
  flat: 'Flat palpation: fingertips across the fibres against the bone beneath',
  pincer: 'Pincer palpation: the muscle held between thumb and fingers',
  'flat-or-pincer': 'Flat or pincer palpation, whichever the tissue allows',
  internal: 'Internal palpation (trained, licensed practitioners with consent only)',
};

/** Link for an ontology identifier: UBERON via OBO PURL, FMA via its PURL. */
export function identifierHref(id: string): string | undefined {
  const uberon = /^UBERON:(\d{7})$/.exec(id);
  if (uberon !== null) return `http://purl.obolibrary.org/obo/UBERON_${uberon[1] ?? ''}`;
  const fma = /^FMA:(\d+)$/.exec(id);
  if (fma !== null) return `http://purl.org/sig/ont/fma/fma${fma[1] ?? ''}`;
  return undefined;
}

/** The muscle's citations, one entry per work with every place it is cited. */
export function citationsByWork(
  muscle: Muscle,
): { work: Muscle['sources'][number]['work']; locators: string[] }[] {
  const byWork = new Map<Muscle['sources'][number]['work'], string[]>();
  for (const s of muscle.sources) byWork.set(s.work, [...(byWork.get(s.work) ?? []), s.locator]);
  return [...byWork].map(([work, locators]) => ({ work, locators }));
}
