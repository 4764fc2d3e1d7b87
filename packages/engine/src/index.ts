export { resolveRegions, type ResolveResult, type ResolvedMention } from './resolve/resolve-regions.ts';
export type { SideHint } from './resolve/side-words.ts';
export {
  referralIndex,
  muscleSides,
  muscleSideKey,
  type Referral,
  type ReferralIndex,
} from './patterns/referral-index.ts';
export { painGuide, type PainGuideEntry } from './patterns/pain-guide.ts';
export { rankSources } from './rank/rank-sources.ts';
export {
  FinderInputSchema,
  RankOptionsSchema,
  DrawnRegionSchema,
  MAX_DRAWING_REGIONS,
  type FinderInput,
  type DrawnRegion,
  type RankOptions,
} from './rank/finder-input.ts';
export type {
  RankResult,
  RankedCandidate,
  RegionMatch,
  EvidenceEffect,
  ExplainingSetEntry,
} from './rank/rank-types.ts';
export { screenRedFlags, type RedFlagFinding, type StopNotice } from './rank/screen-red-flags.ts';
export { WEIGHTS } from './rank/weights.ts';
export { drawnSymptoms } from './rank/drawn-symptoms.ts';
export {
  areaLookupBaseline,
  chasingPainBaseline,
  singleAreaLookupBaseline,
  type BaselineRanking,
} from './rank/baselines.ts';
export { resolveEvidence, type EvidenceResult } from './resolve/resolve-evidence.ts';
export {
  FinderQuerySchema,
  prepareFinderQuery,
  TEXT_INTENSITY,
  type FinderQuery,
  type PreparedQuery,
} from './rank/finder-query.ts';
export { toFinderJson, type FinderJson } from './rank/finder-json.ts';
export * from './practice/index.ts';
export * from './library/index.ts';
