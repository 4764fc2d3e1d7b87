/**
 * Questionnaires as data: each section of the Neck Disability Index and the Oswestry Disability Index
 * with six answers scored 0–5, and the Patient-Specific Functional Scale's instructions. The topics
 * and scoring follow the published instruments (clinical-notes §4); every question and answer is
 * written in Myomap's own words, so `wordingVersion` names our wording, not the publisher's.
 */
import type { OutcomeMeasureId } from './outcome-measures.ts';

/** The six answers of a section, in score order 0…5. */
export type SixAnswers = readonly [string, string, string, string, string, string];

/** One section (item) of a questionnaire. */
export interface QuestionnaireSection {
  readonly id: string;
  /** The section's topic, as the published instrument names it. */
  readonly topic: string;
  /** What the client is asked, in our words. */
  readonly question: string;
  /** Answers scored 0 (no difficulty) to 5 (the most). */
  readonly answers: SixAnswers;
  /** True when a client may reasonably leave the section out (e.g. it does not apply to them). */
  readonly mayBeSkipped: boolean;
}

/** A questionnaire of ten 0–5 sections. */
export interface Questionnaire {
  readonly measure: Extract<OutcomeMeasureId, 'ndi' | 'odi'>;
  readonly title: string;
  readonly instructions: string;
  readonly wordingVersion: string;
  readonly sections: readonly QuestionnaireSection[];
}

/** How the Patient-Specific Functional Scale is asked: the client names 3–5 activities and rates each. */
export const PSFS_INSTRUCTIONS: Readonly<{
  prompt: string;
  low: string;
  high: string;
  minActivities: number;
  maxActivities: number;
}> = Object.freeze({
  prompt:
    'Name up to five everyday activities that your problem makes hard or impossible, and rate how well you can do each one today.',
  low: '0 = cannot do it at all',
  high: '10 = can do it as well as before the problem',
  minActivities: 3,
  maxActivities: 5,
});
