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
export {
  WEIGHTS,
  DEFAULT_WEIGHTS,
  withWeights,
  type RankWeights,
  type WeightOverrides,
} from './rank/weights.ts';
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
  CLIENT_AGE_MAX,
  ClientAgeSchema,
  readAgeText,
  FINDER_TEXT_MAX,
  FinderQuerySchema,
  prepareFinderQuery,
  TEXT_INTENSITY,
  type FinderQuery,
  type PreparedQuery,
} from './rank/finder-query.ts';
export { toFinderJson, type FinderJson } from './rank/finder-json.ts';
export {
  INTAKE_QUESTIONS,
  TRIGGER_POINT_INDICATIONS,
  intakeQuestion,
  type IntakeQuestion,
} from './assess/intake-questions.ts';
export { TIER_POLICY, TIER_ORDER, type TierPolicy } from './assess/tier-policy.ts';
export {
  evaluateScreen,
  currentAnswers,
  everyVisitQuestions,
  flagsInText,
  questionTier,
  type ScreenAnswer,
  type ScreenInput as IntakeScreenInput,
  type ScreenClearance,
  type ScreenFinding,
  type ScreenResult as IntakeScreenResult,
} from './assess/evaluate-screen.ts';
export { foldText } from './language/words.ts';
export {
  PalpationFindingSchema,
  ClassificationOverrideSchema,
  CLASSIFICATIONS,
  REFERRED_SENSATIONS,
  type Classification,
  type ClassificationOverride,
  type PalpationFinding,
} from './assess/palpation-finding.ts';
export {
  CLASSIFICATION_RULES,
  CLASSIFICATION_RULE_V1,
  CURRENT_CLASSIFICATION_RULE,
  type ClassificationRule,
} from './assess/classification-rules.ts';
export {
  classifyFinding,
  classificationView,
  type ClassificationView,
  type ComputedClassification,
} from './assess/classify-finding.ts';
export {
  awayPatterns,
  painRegions,
  AWAY_PATTERNS,
  type AwayPattern,
  type AwayInput,
} from './assess/away-patterns.ts';
export {
  OUTCOME_MEASURES,
  OUTCOME_MEASURE_IDS,
  scoreOutcome,
  compareOutcome,
  type OutcomeMeasureId,
  type OutcomeScore,
  type OutcomeChange,
} from './assess/outcome-measures.ts';
export {
  PSFS_INSTRUCTIONS,
  type Questionnaire,
  type QuestionnaireSection,
  type SixAnswers,
} from './assess/questionnaire.ts';
export { NDI_QUESTIONNAIRE } from './assess/ndi-items.ts';
export { ODI_QUESTIONNAIRE } from './assess/odi-items.ts';
export { pptMean, comparePpt, PPT_TRIALS, PPT_MEANINGFUL_KG_CM2, type PptChange } from './assess/ppt.ts';
export {
  movementContext,
  MOVEMENT_REFERENCES,
  type MovementContext,
  type MovementValue,
} from './assess/movement-tests.ts';
export { ageOn } from './assess/age.ts';
export {
  DEFAULT_HOLD_PROTOCOL,
  holdPromptText,
  protocolWithCap,
  type HoldProtocol,
  type HoldPrompt,
} from './assess/hold-protocol.ts';
export {
  startHold,
  rateHold,
  duePrompts,
  holdClock,
  endHold,
  HOLD_RESPONSES,
  type HoldState,
  type HoldLog,
  type HoldResponse,
} from './assess/hold-machine.ts';
export {
  POSTURE_OBSERVATIONS,
  ADJUNCTS,
  PERPETUATING_FACTORS,
  FACTOR_STATUSES,
  type PerpetuatingFactor,
  type PostureObservation,
} from './assess/session-checklists.ts';
export {
  SubjectiveSchema,
  ObjectiveSchema,
  AssessmentSchema,
  PlanSchema,
  StoredFindingSchema,
  HoldEntrySchema,
  OutcomeEntrySchema,
  MovementResultSchema,
  PptReadingSchema,
  EMPTY_VISIT_PARTS,
  type Subjective,
  type Objective,
  type Assessment,
  type Plan,
  type StoredFindingInput,
  type HoldEntry,
  type OutcomeEntry,
  type MovementResult,
  type PptReading,
} from './assess/visit-record.ts';
export { draftSoap, type SoapInput, type SoapDraft } from './assess/soap-draft.ts';
export * from './practice/index.ts';
export * from './library/index.ts';
