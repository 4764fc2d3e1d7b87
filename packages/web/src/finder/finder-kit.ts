// The finder's data chunk: the atlas, the engine and the evidence vocabularies. Imported dynamically
// (see useFinderKit.ts) so the muscle data loads only when the finder is opened.
import { ACTIVITIES, loadAtlas, MOVEMENTS, RED_FLAGS, SYMPTOMS, type Atlas } from '@myomap/atlas';
import {
  rankSources,
  resolveEvidence,
  type EvidenceResult,
  referralIndex,
  resolveRegions,
  type FinderInput,
  type RankOptions,
  type RankResult,
  type ReferralIndex,
  type ResolveResult,
} from '@myomap/engine';
import type { EvidenceKind } from './finder-state.ts';

/** One selectable piece of evidence: its kind, vocabulary id and plain label. */
export interface EvidenceOption {
  readonly kind: EvidenceKind;
  readonly id: string;
  readonly label: string;
}

/** The ranking options the Finder page sets. */
export type FinderRankOptions = Pick<RankOptions, 'includeExperimental' | 'screen'>;

/** What the finder needs from the atlas and the engine, loaded together. */
export interface FinderKit {
  readonly atlas: Atlas;
  readonly referrals: ReferralIndex;
  /** Every movement, activity, symptom and red flag, in that order. */
  readonly evidence: readonly EvidenceOption[];
  /**
   * Ranks the sources of a drawing; pure and synchronous. `includeExperimental: false` hides patterns
   * from studies on volunteers; `screen` (the client's age and words) is read by the red-flag screen only.
   */
  readonly rank: (input: FinderInput, options?: FinderRankOptions) => RankResult;
  /** Reads a pain description into region ids. */
  readonly resolve: (text: string) => ResolveResult;
  /** Reads a description for evidence and red flags, with context ("no fever" is ruled out). */
  readonly readEvidence: (text: string) => EvidenceResult;
}

function buildKit(): FinderKit {
  const atlas = loadAtlas();
  const evidence: EvidenceOption[] = [
    ...Object.entries(MOVEMENTS).map(([id, label]) => ({ kind: 'movement' as const, id, label })),
    ...Object.entries(ACTIVITIES).map(([id, label]) => ({ kind: 'activity' as const, id, label })),
    ...Object.entries(SYMPTOMS).map(([id, label]) => ({ kind: 'symptom' as const, id, label })),
    ...Object.entries(RED_FLAGS).map(([id, f]) => ({ kind: 'redFlag' as const, id, label: f.label })),
  ];
  const rank = (input: FinderInput, options: FinderRankOptions = {}): RankResult =>
    rankSources(input, atlas, { top: 10, ...options });
  // Warm the engine's per-atlas tables now, so the first stroke does not pay for building them.
  rank({ drawing: [{ region: 'r.temple', intensity: 5 }] });
  return {
    atlas,
    referrals: referralIndex(atlas),
    evidence,
    rank,
    resolve: resolveRegions,
    readEvidence: resolveEvidence,
  };
}

/** The finder kit, built once when this chunk loads. */
export const FINDER_KIT: FinderKit = buildKit();
