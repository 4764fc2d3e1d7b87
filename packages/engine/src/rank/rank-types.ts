import type { BodyArea, Side } from '@myomap/atlas';
import type { RedFlagFinding, StopNotice } from './screen-red-flags.ts';

/** How a candidate explains one drawn region. */
export interface RegionMatch {
  readonly region: string;
  /** essential / spillover zone of its pattern; nearby = a neighbouring region of the same area is in its pattern; local = over its trigger point. */
  readonly how: 'essential' | 'spillover' | 'nearby' | 'local';
  /** 0–1 credit earned for this region. */
  readonly credit: number;
  readonly triggerPointId?: string;
  /** For "nearby": the pattern region next to the drawn one. */
  readonly via?: string;
  /** Set when the pattern that matched was mapped by experiment on volunteers (injection or stimulation), not in patients. */
  readonly experimental?: true;
}

/** One piece of evidence that moved a candidate, and by how many score points. */
export interface EvidenceEffect {
  readonly kind: 'movement' | 'activity' | 'symptom' | 'palpation';
  readonly id: string;
  readonly label: string;
  /** Score points added (positive) or removed (negative). */
  readonly effect: number;
}

/** A candidate source of the pain: a muscle on a side, with its score and its reasons. */
export interface RankedCandidate {
  readonly muscle: { readonly id: string; readonly name: string; readonly area: BodyArea };
  readonly side: Side | 'both';
  /** 0–100, comparable within one result: the raw score, divided by the best raw score when that exceeds 1 (no clamp, so no ties at 100). */
  readonly score: number;
  /** Share of the drawing (by intensity weight) its pattern explains, 0–1. */
  readonly coverage: number;
  readonly explains: readonly RegionMatch[];
  /** Drawn regions it does not explain, not even as a neighbour of its pattern. */
  readonly unexplained: readonly string[];
  /** Drawn regions next to its pattern (not in it): "near its pattern", partial credit. */
  readonly near: readonly string[];
  readonly evidence: readonly EvidenceEffect[];
  /** Trigger points whose patterns matched, most useful first. */
  readonly triggerPoints: readonly string[];
  /** One line a therapist reads in five seconds. */
  readonly summary: string;
}

/** One member of the smallest set of muscles that together explain the drawing. */
export interface ExplainingSetEntry {
  readonly muscle: { readonly id: string; readonly name: string };
  readonly side: Side | 'both';
  /** Its position in the full ranked order (1 = the top of the ranked list). */
  readonly rank: number;
  /** Drawn regions this member explains better than earlier members did. */
  readonly regions: readonly string[];
  /** Why: how it explains each of those regions (essential / spillover zone, over its trigger point, near its pattern). */
  readonly reasons: readonly RegionMatch[];
  /** Share of the drawing it adds (weight × credit, as the ranked list's coverage counts it), 0–1. */
  readonly share: number;
}

/** The full answer of the source finder. */
export interface RankResult {
  readonly ranked: readonly RankedCandidate[];
  readonly explainingSet: readonly ExplainingSetEntry[];
  /** Drawn regions no muscle in the atlas refers to: consider a non-muscular cause. */
  readonly unexplainedRegions: readonly string[];
  readonly redFlags: readonly RedFlagFinding[];
  /** Set when a red flag calls for stopping: show it above the list. */
  readonly stop: StopNotice | undefined;
  /** Region ids in the drawing the atlas does not know (ignored). */
  readonly unknownRegions: readonly string[];
}
