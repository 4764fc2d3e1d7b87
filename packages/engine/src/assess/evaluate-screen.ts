import type { RedFlagId, RedFlagTier } from '@myomap/atlas';
import { screenRedFlags } from '../rank/screen-red-flags.ts';
import { resolveEvidence } from '../resolve/resolve-evidence.ts';
import { INTAKE_QUESTIONS, type IntakeQuestion } from './intake-questions.ts';
import { TIER_ORDER, TIER_POLICY } from './tier-policy.ts';

/** A yes/no answer to one screen question. */
export type ScreenAnswer = 'yes' | 'no';

/** What the screen reads: answers by question id, health-history facts and free text. */
export interface ScreenInput {
  readonly answers: Readonly<Record<string, ScreenAnswer>>;
  /** A medication marked as a blood thinner counts as "yes" to blood-thinners. */
  readonly takesAnticoagulant?: boolean;
  /** Pregnancy recorded in the health history counts as "yes" to pregnant. */
  readonly pregnant?: boolean;
  /** Free-text answers (conditions, notes), read by the shared red-flag reader. */
  readonly freeText?: readonly string[];
  /** When a "yes" was (re-)given at a visit re-screen, by question id (ISO); a clearance must be newer. */
  readonly yesSince?: Readonly<Record<string, string>>;
  /** The client's age in years, for rules that need it (giant cell arteritis over 50). */
  readonly age?: number;
}

/** A recorded clearance: the question it lifts and when it was recorded (ISO). */
export interface ScreenClearance {
  readonly questionId: string;
  readonly recordedAt: string;
}

/** One positive finding of the screen. */
export interface ScreenFinding {
  /** The question id (or `text:<flag>` for a flag read from free text that no question names). */
  readonly questionId: string;
  readonly question: string;
  readonly tier: RedFlagTier;
  readonly title: string;
  readonly action: string;
  /** Where the finding came from: an answer, the health history, the free text, or a combination rule over answers. */
  readonly from: 'answer' | 'history' | 'text' | 'rule';
  readonly blocksTriggerPointWork: boolean;
  /** True when a clearance recorded after the positive answer lifts the block. */
  readonly cleared: boolean;
}

/** The screen's verdict. */
export interface ScreenResult {
  /** Most serious first. */
  readonly findings: readonly ScreenFinding[];
  /** The most serious tier found, or undefined when nothing is positive. */
  readonly tier: RedFlagTier | undefined;
  /** True when an uncleared finding blocks trigger point work. */
  readonly triggerPointWorkBlocked: boolean;
  /** True when an emergency or same-day finding stops all hands-on work today. */
  readonly stopTreatmentToday: boolean;
  /** Questions with no answer yet. */
  readonly unanswered: readonly string[];
}

/** The tier the shared red-flag screen gives a question's flags (chest questions count as chest pain). */
export function questionTier(question: IntakeQuestion): RedFlagTier {
  if (question.flags.length === 0) return question.tier ?? 'caution';
  const drawing = question.chestPain === true ? [{ region: 'm.sternum', intensity: 5 }] : [];
  const { notice } = screenRedFlags({ drawing, flags: question.flags });
  const screened = notice?.tier;
  if (screened === undefined) return question.tier ?? 'caution';
  if (question.tier === undefined) return screened;
  // a question that itself asks about the context a rule needs ("…and is this pain new?") keeps its tier
  return TIER_ORDER.indexOf(question.tier) < TIER_ORDER.indexOf(screened) ? question.tier : screened;
}

function finding(
  question: IntakeQuestion,
  from: ScreenFinding['from'],
  cleared: boolean,
  tier = questionTier(question),
): ScreenFinding {
  const policy = TIER_POLICY[tier];
  const blocks = question.blocksTriggerPointWork ?? policy.blocksTriggerPointWork;
  return {
    questionId: question.id,
    question: question.text,
    tier,
    title: policy.title,
    action: question.action ?? policy.action,
    from,
    blocksTriggerPointWork: blocks,
    cleared: blocks && cleared,
  };
}

/** Red-flag ids read from the free-text answers by the same reader the finder uses. */
export function flagsInText(texts: readonly string[]): RedFlagId[] {
  const found = new Set<RedFlagId>();
  for (const text of texts) for (const id of resolveEvidence(text).redFlags) found.add(id);
  return [...found];
}

/**
 * Evaluates the intake screen (clinical-notes §5): each "yes" (or history fact, or red flag read
 * from the free text) becomes a finding with its tier, action and whether it blocks trigger point
 * work; a clearance for the question lifts the block (when the "yes" was given again at a re-screen,
 * only a clearance recorded since then counts). Uncleared emergency and same-day findings stop all
 * hands-on work today.
 */
export function evaluateScreen(
  input: ScreenInput,
  clearances: readonly ScreenClearance[] = [],
  questions: readonly IntakeQuestion[] = INTAKE_QUESTIONS,
): ScreenResult {
  const isCleared = (id: string): boolean =>
    clearances.some((c) => c.questionId === id && c.recordedAt >= (input.yesSince?.[id] ?? ''));
  const findings: ScreenFinding[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    const fromHistory =
      (q.id === 'blood-thinners' && input.takesAnticoagulant === true) ||
      (q.id === 'pregnant' && input.pregnant === true);
    if (input.answers[q.id] === 'yes' || fromHistory) {
      findings.push(finding(q, input.answers[q.id] === 'yes' ? 'answer' : 'history', isCleared(q.id)));
      seen.add(q.id);
    }
  }
  // the free text is read once: its flags become findings here and join the combination rules below
  const textFlags = flagsInText(input.freeText ?? []);
  for (const flag of textFlags) {
    const q = questions.find((x) => x.flags.includes(flag));
    if (q !== undefined) {
      if (!seen.has(q.id)) {
        findings.push(finding(q, 'text', isCleared(q.id)));
        seen.add(q.id);
      }
      continue;
    }
    const id = `text:${flag}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const { findings: shared } = screenRedFlags({ flags: [flag] });
    const tier = shared[0]?.tier ?? 'refer';
    const pseudo: IntakeQuestion = {
      id,
      text: shared[0]?.label ?? flag,
      flags: [flag],
      everyVisit: false,
      source: 'free text',
    };
    findings.push(finding(pseudo, 'text', isCleared(id), tier));
  }
  // Combination rules across answers (a swollen calf with recent travel, a new headache with jaw pain
  // over 50, osteoporosis with new spinal pain): the same rule set the finder uses, over every "yes".
  const yesFlags = questions.filter((q) => seen.has(q.id)).flatMap((q) => q.flags);
  const chestYes = questions.some((q) => seen.has(q.id) && q.chestPain === true);
  const combined = screenRedFlags({
    flags: [...new Set([...yesFlags, ...textFlags])],
    drawing: chestYes ? [{ region: 'm.sternum', intensity: 5 }] : [],
    ...(input.age === undefined ? {} : { age: input.age }),
  });
  const top = Math.min(...findings.map((f) => TIER_ORDER.indexOf(f.tier)), TIER_ORDER.length);
  for (const rule of combined.rules) {
    // only a combination that asks for more than any single answer already does becomes its own finding
    if (TIER_ORDER.indexOf(rule.tier) >= top) continue;
    const id = `rule:${rule.id}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const pseudo: IntakeQuestion = {
      id,
      text: rule.label,
      flags: [],
      everyVisit: false,
      source: 'combination rule',
    };
    findings.push(finding(pseudo, 'rule', isCleared(id), rule.tier));
  }
  findings.sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier));
  return {
    findings,
    tier: findings[0]?.tier,
    triggerPointWorkBlocked: findings.some((f) => f.blocksTriggerPointWork && !f.cleared),
    stopTreatmentToday: findings.some((f) => TIER_POLICY[f.tier].stopsTreatmentToday && !f.cleared),
    unanswered: questions.filter((q) => input.answers[q.id] === undefined).map((q) => q.id),
  };
}

/** Merges re-screen answers (oldest first) over the intake answers: the newest answer wins. */
export function currentAnswers(
  intake: Readonly<Record<string, ScreenAnswer>>,
  rescreens: readonly Readonly<Record<string, ScreenAnswer>>[],
): Record<string, ScreenAnswer> {
  const merged = new Map<string, ScreenAnswer>(Object.entries(intake));
  for (const r of rescreens) for (const [k, v] of Object.entries(r)) merged.set(k, v);
  return Object.fromEntries(merged);
}

/** The questions re-asked briefly at every visit ("anything changed since last time?"). */
export function everyVisitQuestions(
  questions: readonly IntakeQuestion[] = INTAKE_QUESTIONS,
): IntakeQuestion[] {
  return questions.filter((q) => q.everyVisit);
}
