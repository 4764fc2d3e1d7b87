import type { WORKS } from './works.ts';

/** How an experimental referral pattern was produced. */
export type ExperimentalMethod = 'saline-injection' | 'intramuscular-stimulation';

/** A trigger point whose referral pattern comes from an experiment on volunteers, not from patients. */
export interface ExperimentalPattern {
  /** The study the pattern comes from (the muscle cites it). */
  readonly work: keyof typeof WORKS;
  readonly method: ExperimentalMethod;
}

/**
 * Referral patterns mapped by provoking pain in (mostly healthy) volunteers: hypertonic saline injected
 * into the muscle, or an electrical stimulus through a needle. They show where a muscle *can* send pain,
 * but not how often it is the cause in patients, and each rests on one small study; the finder labels
 * them and weighs them less than the patterns the trigger point manuals draw from patients
 * (`experimentalFactor` in the engine's weights). Keyed by trigger point id.
 */
export const EXPERIMENTAL_PATTERNS: Readonly<Record<string, ExperimentalPattern>> = {
  'infraspinatus.mid-belly': { work: 'leffler-2000', method: 'saline-injection' },
  'lumbar-multifidi.l5-front-thigh': { work: 'cornwall-2006', method: 'saline-injection' },
  'lumbar-multifidi.l5-back-thigh': { work: 'cornwall-2006', method: 'saline-injection' },
  'digastric-anterior.tongue': { work: 'svensson-2003', method: 'saline-injection' },
  'pronator-quadratus.medial-pattern': {
    work: 'hwang-2005-pronator-quadratus',
    method: 'intramuscular-stimulation',
  },
  'pronator-quadratus.finger-pattern': {
    work: 'hwang-2005-pronator-quadratus',
    method: 'intramuscular-stimulation',
  },
  'abductor-pollicis-longus.lower-forearm': {
    work: 'hwang-2005-abductor-pollicis-longus',
    method: 'intramuscular-stimulation',
  },
  'abductor-pollicis-brevis.radial-pattern': {
    work: 'kim-2009-abductor-pollicis-brevis',
    method: 'intramuscular-stimulation',
  },
  'abductor-pollicis-brevis.volar-pattern': {
    work: 'kim-2009-abductor-pollicis-brevis',
    method: 'intramuscular-stimulation',
  },
  'dorsal-interossei-hand.third': {
    work: 'choi-2015-dorsal-interossei',
    method: 'intramuscular-stimulation',
  },
  'dorsal-interossei-hand.fourth': {
    work: 'choi-2015-dorsal-interossei',
    method: 'intramuscular-stimulation',
  },
};

/** True when the trigger point's pattern comes from an experiment on volunteers (see EXPERIMENTAL_PATTERNS). */
export function isExperimentalPattern(triggerPointId: string): boolean {
  return Object.hasOwn(EXPERIMENTAL_PATTERNS, triggerPointId);
}
