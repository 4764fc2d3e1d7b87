export { resolveRegions, type ResolveResult, type ResolvedMention } from './resolve/resolve-regions.ts';
export { readRegions, type RegionReading, type RegionReadResult } from './language/read-regions.ts';
export { RegionReadingSchema } from './language/region-reading-schema.ts';
export type { SideHint } from './resolve/side-words.ts';
export {
  referralIndex,
  muscleSides,
  muscleSideKey,
  type Referral,
  type ReferralIndex,
} from './patterns/referral-index.ts';
export { painGuide, painGuideOf, type PainGuideEntry } from './patterns/pain-guide.ts';
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
export {
  screenRedFlags,
  type RedFlagFinding,
  type StopNotice,
  type ScreenInput,
  type ScreenResult,
  type FiredRule,
} from './rank/screen-red-flags.ts';
export { WEIGHTS } from './rank/weights.ts';
export { drawnSymptoms } from './rank/drawn-symptoms.ts';
export {
  areaLookupBaseline,
  chasingPainBaseline,
  singleAreaLookupBaseline,
  type BaselineRanking,
} from './rank/baselines.ts';
export {
  resolveEvidence,
  type EvidenceResult,
  type TextFinding,
  type FindingKind,
} from './resolve/resolve-evidence.ts';
export type { FindingStatus } from './language/context.ts';
export { TextFindingSchema, FiredRuleSchema } from './resolve/text-finding-schema.ts';
export type { Duration } from './language/quantities.ts';
export {
  FinderQuerySchema,
  prepareFinderQuery,
  TEXT_INTENSITY,
  type FinderQuery,
  type PreparedQuery,
} from './rank/finder-query.ts';
export { toFinderJson, type FinderJson } from './rank/finder-json.ts';
