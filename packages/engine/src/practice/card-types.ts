import type { BodyArea, MovementId, ActivityId, RedFlagId, SymptomId, PainQuality } from '@myomap/atlas';

/** The six kinds of practice card. */
export const CARD_TYPES = [
  'which-muscle',
  'paint-pattern',
  'find-trigger-point',
  'read-drawing',
  'tell-apart',
  'stop-or-go',
] as const;

/** One kind of practice card. */
export type CardType = (typeof CARD_TYPES)[number];

/** 1 = the most common patterns (primary culprits), 2 = common, 3 = occasional or subtle. */
export type Difficulty = 1 | 2 | 3;

/** What every card carries: a stable id from its content, its deck (area) and difficulty. */
interface CardBase {
  /** "<type>:<content key>", e.g. "which-muscle:infraspinatus.tp1"; stable across runs. */
  readonly id: string;
  readonly area: BodyArea;
  readonly difficulty: Difficulty;
}

/** A referral pattern shown on the map; name the muscle. */
export interface WhichMuscleCard extends CardBase {
  readonly type: 'which-muscle';
  readonly muscleId: string;
  readonly triggerPointId: string;
  readonly essential: readonly string[];
  readonly spillover: readonly string[];
  /** Every muscle with a trigger point referring exactly this pattern, essential and spillover (each is a right answer). */
  readonly accepted: readonly string[];
}

/** A muscle's name; paint its essential zone (right side for paired muscles). */
export interface PaintPatternCard extends CardBase {
  readonly type: 'paint-pattern';
  readonly muscleId: string;
  readonly essential: readonly string[];
}

/** Tap where one of the muscle's trigger points lies. */
export interface FindTriggerPointCard extends CardBase {
  readonly type: 'find-trigger-point';
  readonly muscleId: string;
  readonly locations: readonly string[];
}

/** One painted region of a drawing card. */
export interface DrawingMark {
  readonly region: string;
  readonly intensity: number;
  readonly quality?: PainQuality;
}

/** Evidence that comes with a drawing card. */
export interface DrawingEvidence {
  readonly movements: readonly { readonly id: MovementId; readonly side?: 'l' | 'r' | 'both' }[];
  readonly activities: readonly ActivityId[];
  readonly symptoms: readonly SymptomId[];
}

/** A client's drawing with evidence; rank the top three sources. */
export interface ReadDrawingCard extends CardBase {
  readonly type: 'read-drawing';
  /** 'atlas' when generated from one muscle's pattern, 'case' when from a finder tuning case. */
  readonly origin: 'atlas' | 'case';
  readonly description: string;
  readonly drawing: readonly DrawingMark[];
  readonly evidence: DrawingEvidence;
  /** The expected top three muscle ids, most likely first. */
  readonly expected: readonly string[];
}

/** A pattern shown; which of two muscles whose patterns overlap most is it? */
export interface TellApartCard extends CardBase {
  readonly type: 'tell-apart';
  readonly muscleId: string;
  readonly otherId: string;
  /** Jaccard overlap of the two muscles' essential zones, 0–1. */
  readonly overlap: number;
  readonly essential: readonly string[];
  readonly spillover: readonly string[];
}

/** The three decisions of a stop-or-go card. */
export const STOP_OR_GO_DECISIONS = ['treat', 'modify', 'refer'] as const;

/** Treat, modify (go gently), or refer. */
export type StopOrGoDecision = (typeof STOP_OR_GO_DECISIONS)[number];

/** A short intake with or without a red flag; decide treat, modify or refer. */
export interface StopOrGoCard extends CardBase {
  readonly type: 'stop-or-go';
  readonly intake: string;
  readonly drawing: readonly DrawingMark[];
  readonly redFlags: readonly RedFlagId[];
  readonly symptoms: readonly SymptomId[];
  readonly expected: StopOrGoDecision;
}

/** Any practice card. */
export type PracticeCard =
  WhichMuscleCard | PaintPatternCard | FindTriggerPointCard | ReadDrawingCard | TellApartCard | StopOrGoCard;
