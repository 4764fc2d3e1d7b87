import { regionById, type RegionGroup } from '@myomap/atlas';

/** The five body regions of the widespread-pain criterion (ACR 2016: pain in ≥4 of 5 regions; S12). */
export type PainRegion = 'left-upper' | 'right-upper' | 'left-lower' | 'right-lower' | 'axial';

/** Which of the five regions a region group counts toward; `limb` groups take the drawn side. */
const GROUP_REGION: Readonly<Partial<Record<RegionGroup, 'upper' | 'lower' | 'axial'>>> = Object.freeze({
  shoulder: 'upper',
  'upper-arm': 'upper',
  elbow: 'upper',
  forearm: 'upper',
  'wrist-hand': 'upper',
  'buttock-hip': 'lower',
  pelvis: 'lower',
  thigh: 'lower',
  knee: 'lower',
  leg: 'lower',
  'ankle-foot': 'lower',
  neck: 'axial',
  'upper-back': 'axial',
  'lower-back': 'axial',
  chest: 'axial',
  abdomen: 'axial',
});

/** A pattern that points away from trigger points, with the suggested referral (never a diagnosis). */
export interface AwayPattern {
  readonly id: 'widespread-pain' | 'nerve-like-deficit' | 'joint-signs' | 'no-band-where-predicted';
  readonly title: string;
  /** What was seen, in plain words, without naming a disease. */
  readonly seen: string;
  readonly referral: string;
  readonly source: string;
}

/** The patterns as data: wording and referral per pattern (clinical-notes §2). */
export const AWAY_PATTERNS: Readonly<Record<AwayPattern['id'], Omit<AwayPattern, 'seen'>>> = Object.freeze({
  'widespread-pain': {
    id: 'widespread-pain',
    title: 'Widespread pain with fatigue and poor sleep',
    referral:
      'Suggest a review with the client’s doctor (GP or rheumatology) for widespread pain; trigger point work can continue alongside.',
    source: 'S12 ACR 2010/2016 criteria (pain in ≥4 of 5 regions); S13 Bourgaize 2018; S14 Gerwin 1999',
  },
  'nerve-like-deficit': {
    id: 'nerve-like-deficit',
    title: 'Nerve-like signs',
    referral:
      'Suggest the client’s doctor assess the nerve signs; referred trigger point sensations can tingle or burn, but measurable loss of feeling, strength or reflexes needs a medical look.',
    source: 'S16 DN4 validations; S1 (referred sensation may tingle or burn)',
  },
  'joint-signs': {
    id: 'joint-signs',
    title: 'Joint signs',
    referral:
      'Suggest assessment of the joint by the client’s doctor or a physiotherapist, especially with swelling, warmth or locking.',
    source: 'clinical-notes §2 (general clinical reasoning, K)',
  },
  'no-band-where-predicted': {
    id: 'no-band-where-predicted',
    title: 'No taut band where the drawing predicts one',
    referral:
      'Reconsider the source: if the pain does not change with soft-tissue work over the next visits, suggest a medical review.',
    source:
      'S2 Baeumler 2023 (band needed for a trigger point); clinical-notes §5 (review after 3–4 sessions, K)',
  },
});

/** What the away-pattern check reads from a visit. */
export interface AwayInput {
  /** Drawn region ids. */
  readonly regions: readonly string[];
  readonly fatigue: boolean;
  readonly poorSleep: boolean;
  readonly nerveSigns: {
    readonly sensoryLoss: boolean;
    readonly reflexChange: boolean;
    readonly progressiveWeakness: boolean;
  };
  readonly jointSigns: {
    readonly swelling: boolean;
    readonly warmth: boolean;
    readonly locking: boolean;
    readonly painOnPassiveJointMotion: boolean;
  };
  /** Muscles the finder ranked highest for the drawing. */
  readonly predictedMuscles: readonly string[];
  /** Palpated muscles and whether a taut band was felt. */
  readonly palpated: readonly { readonly muscle: string; readonly tautBand: boolean }[];
}

/** The five-region count of a drawing (head, face and unknown regions do not count). */
export function painRegions(regionIds: readonly string[]): PainRegion[] {
  const found = new Set<PainRegion>();
  for (const id of regionIds) {
    const region = regionById(id);
    if (region === undefined) continue;
    const kind = GROUP_REGION[region.group];
    if (kind === undefined) continue;
    if (kind === 'axial' || region.side === 'm') found.add('axial');
    else found.add(`${region.side === 'l' ? 'left' : 'right'}-${kind}`);
  }
  return [...found].sort();
}

const yes = (o: Readonly<Record<string, boolean>>): string[] =>
  Object.entries(o)
    .filter(([, v]) => v)
    .map(([k]) => k.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));

/** Patterns of a visit that point away from trigger points, each with its suggested referral. Pure. */
export function awayPatterns(input: AwayInput): AwayPattern[] {
  const out: AwayPattern[] = [];
  const regions = painRegions(input.regions);
  if (regions.length >= 4 && input.fatigue && input.poorSleep)
    out.push({
      ...AWAY_PATTERNS['widespread-pain'],
      seen: `pain drawn in ${regions.length} of 5 body regions, with fatigue and poor sleep`,
    });
  const nerve = yes(input.nerveSigns);
  if (nerve.length > 0) out.push({ ...AWAY_PATTERNS['nerve-like-deficit'], seen: nerve.join(', ') });
  const joint = yes(input.jointSigns);
  if (joint.length > 0) out.push({ ...AWAY_PATTERNS['joint-signs'], seen: joint.join(', ') });
  const predicted = new Set(input.predictedMuscles);
  const checked = input.palpated.filter((p) => predicted.has(p.muscle));
  if (checked.length > 0 && checked.every((p) => !p.tautBand))
    out.push({
      ...AWAY_PATTERNS['no-band-where-predicted'],
      seen: `no taut band in ${[...new Set(checked.map((p) => p.muscle))].join(', ')}`,
    });
  return out;
}
