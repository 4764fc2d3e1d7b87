import { loadAtlas, MOVEMENTS, regionById } from '@myomap/atlas';
import type { AwayPattern } from './away-patterns.ts';
import type { ClassificationView } from './classify-finding.ts';
import { OUTCOME_MEASURES, type OutcomeMeasureId } from './outcome-measures.ts';
import type { PalpationFinding } from './palpation-finding.ts';
import { pptMean } from './ppt.ts';
import { ADJUNCTS, PERPETUATING_FACTORS, POSTURE_OBSERVATIONS } from './session-checklists.ts';
import type { Assessment, HoldEntry, MovementResult, Objective, Plan, Subjective } from './visit-record.ts';

/** Everything the note is drafted from. */
export interface SoapInput {
  readonly subjective: Subjective;
  readonly objective: Objective;
  readonly assessment: Assessment;
  readonly plan: Plan;
  readonly rescreen: { readonly changed: boolean } | null;
  readonly outcomes: readonly {
    readonly measure: OutcomeMeasureId;
    readonly score: number;
    readonly change: { readonly change: number; readonly meaningful: boolean } | null;
  }[];
  readonly findings: readonly { readonly finding: PalpationFinding; readonly view: ClassificationView }[];
  readonly holds: readonly HoldEntry[];
  readonly away: readonly AwayPattern[];
}

/** The four drafted sections, plain clinical prose. */
export interface SoapDraft {
  readonly subjective: string;
  readonly objective: string;
  readonly assessment: string;
  readonly plan: string;
}

const SIDE_WORDS: Readonly<Record<string, string>> = {
  l: 'left',
  r: 'right',
  m: 'midline',
  both: 'both sides',
};
const CLASS_WORDS: Readonly<Record<string, string>> = {
  active: 'an active trigger point',
  latent: 'a latent trigger point',
  possible: 'a possible trigger point',
  'general-tension': 'general muscle tension',
  'not-trigger-point': 'no trigger point',
};
const RESPONSE_WORDS: Readonly<Record<string, string>> = {
  gone: 'referral gone',
  reduced: 'referral reduced',
  unchanged: 'referral unchanged',
  spread: 'referral spread',
};

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
const sentence = (text: string): string => {
  const t = text.trim();
  return t === '' ? '' : `${t[0]?.toUpperCase() ?? ''}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
};
const join = (parts: readonly string[]): string =>
  parts
    .map(sentence)
    .filter((p) => p !== '')
    .join(' ');
const muscleName = (id: string): string => loadAtlas().muscleById.get(id)?.name ?? id;
const tpLabel = (id: string | null): string =>
  id === null ? '' : ` ${loadAtlas().triggerPointById.get(id)?.triggerPoint.label ?? id}`;
const site = (muscle: string, tp: string | null, side: string): string =>
  `${muscleName(muscle)}${tpLabel(tp)} (${SIDE_WORDS[side] ?? side})`;
const regionName = (id: string): string => regionById(id)?.name ?? id;

function movementText(m: MovementResult): string {
  const value = typeof m.value === 'number' ? `${m.value}°` : m.value;
  const method = m.method === '' ? '' : ` by ${m.method}`;
  return `${MOVEMENTS[m.movement]} (${SIDE_WORDS[m.side] ?? m.side}) ${value}${method}${m.painful ? ', painful' : ''}`;
}

function subjective(v: SoapInput): string {
  const s = v.subjective;
  const drawn = s.drawing.map(
    (d) => `${regionName(d.region)} ${d.intensity}/10${d.quality === undefined ? '' : ` ${d.quality}`}`,
  );
  return join([
    v.rescreen === null
      ? ''
      : v.rescreen.changed
        ? 'Red-flag re-screen: changes reported, see the screen record'
        : 'Red-flag re-screen: nothing new since the last visit',
    s.complaint === '' ? '' : `Client reports: “${s.complaint.trim()}”`,
    drawn.length === 0 ? '' : `Pain drawn at ${list(drawn)}`,
    s.painNow === null ? '' : `Pain now ${s.painNow}/10 (NPRS)`,
    s.aggravating.length === 0 ? '' : `Aggravated by ${list(s.aggravating)}`,
    s.otherSymptoms.length === 0 ? '' : `Also reports ${list(s.otherSymptoms)}`,
    s.fatigue || s.poorSleep
      ? `Reports ${list([...(s.fatigue ? ['fatigue'] : []), ...(s.poorSleep ? ['poor sleep'] : [])])}`
      : '',
    ...v.outcomes.map((o) => {
      const m = OUTCOME_MEASURES[o.measure];
      const change =
        o.change === null
          ? ''
          : `, change ${o.change.change > 0 ? '+' : ''}${o.change.change}${o.change.meaningful ? ' (meaningful)' : ' (below the meaningful change)'}`;
      return `${m.id.toUpperCase()} ${o.score} on ${m.range[0]}–${m.range[1]}${change}`;
    }),
  ]);
}

function findingText(f: PalpationFinding): string {
  const signs = [
    f.tautBand ? 'taut band' : 'no taut band',
    f.spotTenderness
      ? f.spotInsideBand && f.tautBand
        ? 'tender spot in the band'
        : 'tender spot outside a band'
      : '',
    f.referred.present
      ? `referred ${f.referred.sensations.length === 0 ? 'sensation' : list(f.referred.sensations.map((x) => x.replace('-', ' ')))}${f.referred.regions.length === 0 ? '' : ` to ${list(f.referred.regions.map(regionName))}`}`
      : '',
    f.familiarPain ? 'familiar pain recognised' : '',
    f.localTwitch ? 'local twitch' : '',
    f.jumpSign ? 'jump sign' : '',
    f.painfulStretchLimit ? 'painful limit to stretch' : '',
    f.weakness ? 'weakness' : '',
  ].filter((x) => x !== '');
  return `Palpation ${site(f.muscle, f.triggerPoint, f.side)}: ${list(signs)}; examiner confidence ${f.confidence}/3`;
}

function objective(v: SoapInput): string {
  const o: Objective = v.objective;
  const pre = o.movements.filter((m) => m.phase === 'pre');
  const posture = o.posture.map((p) => {
    const label = POSTURE_OBSERVATIONS.find((x) => x.id === p.id)?.label ?? p.id;
    return p.side === null ? label : `${label} (${SIDE_WORDS[p.side] ?? p.side})`;
  });
  return join([
    pre.length === 0 ? '' : `Movement: ${pre.map(movementText).join('; ')}`,
    posture.length === 0 ? '' : `Posture: ${list(posture)}`,
    ...v.findings.map((f) => findingText(f.finding)),
    ...o.ppt
      .filter((p) => p.phase === 'pre')
      .map(
        (p) =>
          `PPT ${p.site} (${SIDE_WORDS[p.side] ?? p.side}) ${pptMean(p.trials)} kg/cm², mean of 3 trials`,
      ),
  ]);
}

function assessment(v: SoapInput): string {
  return join([
    ...v.findings.map(({ finding, view }) => {
      const where = site(finding.muscle, finding.triggerPoint, finding.side);
      const computed = CLASS_WORDS[view.computed.classification] ?? view.computed.classification;
      if (view.override === null)
        return `Findings at ${where} consistent with ${computed} (${view.computed.ruleVersion})`;
      return `Findings at ${where} recorded as ${CLASS_WORDS[view.override.classification] ?? view.override.classification} by the therapist (${view.computed.ruleVersion} gave ${computed}); reason: ${view.override.reason}`;
    }),
    ...v.away.map((p) => `${p.title}: ${p.seen}. ${p.referral}`),
    v.assessment.impression,
  ]);
}

function plan(v: SoapInput): string {
  const p: Plan = v.plan;
  const bySite = new Map<string, HoldEntry[]>();
  for (const h of v.holds) {
    const key = `${h.muscle}|${h.triggerPoint ?? ''}|${h.side}`;
    bySite.set(key, [...(bySite.get(key) ?? []), h]);
  }
  const holds = [...bySite.values()].map((hs) => {
    const first = hs[0] as HoldEntry;
    const peak = Math.max(...hs.flatMap((h) => h.ratings.map((r) => r.rating)), -1);
    const last = hs.at(-1) as HoldEntry;
    const cap = last.ratingCap === undefined ? '' : ` (clinic limit ${last.ratingCap}/10)`;
    return `Sustained pressure to ${site(first.muscle, first.triggerPoint, first.side)}: ${hs.length} hold${hs.length === 1 ? '' : 's'} of ${list(hs.map((h) => `${h.seconds} s`))}${peak >= 0 ? `, peak rating ${peak}/10${cap}` : ''}; ${RESPONSE_WORDS[last.response] ?? last.response}`;
  });
  const post = v.objective.movements.filter((m) => m.phase === 'post');
  const retest = post.map((m) => {
    const before = v.objective.movements.find(
      (x) => x.phase === 'pre' && x.movement === m.movement && x.side === m.side,
    );
    const was =
      before === undefined
        ? ''
        : ` (before: ${typeof before.value === 'number' ? `${before.value}°` : before.value})`;
    return `${movementText(m)}${was}`;
  });
  const pptPost = v.objective.ppt
    .filter((x) => x.phase === 'post')
    .map((x) => {
      const before = v.objective.ppt.find((y) => y.phase === 'pre' && y.site === x.site && y.side === x.side);
      return `PPT ${x.site} ${pptMean(x.trials)} kg/cm²${before === undefined ? '' : ` (before: ${pptMean(before.trials)})`}`;
    });
  const factors = p.factors.map((f) => {
    const label = PERPETUATING_FACTORS.find((x) => x.id === f.id)?.label ?? f.id;
    const status =
      f.status === 'referred-to-gp'
        ? 'referred to GP for assessment'
        : f.status === 'asked-no'
          ? 'asked, not present'
          : f.status;
    return `${label} (${status}${f.advice === '' ? '' : `: ${f.advice.trim()}`})`;
  });
  return join([
    ...holds,
    p.adjuncts.length === 0
      ? ''
      : `Also: ${list(p.adjuncts.map((a) => ADJUNCTS.find((x) => x.id === a)?.label ?? a))}`,
    [...retest, ...pptPost].length === 0
      ? ''
      : `Re-test after treatment: ${[...retest, ...pptPost].join('; ')}`,
    factors.length === 0 ? '' : `Perpetuating factors: ${factors.join('; ')}`,
    p.selfCare.length === 0 ? '' : `Self-care: ${list(p.selfCare)}`,
    p.nextTime.recheck === '' ? '' : `Next time: ${p.nextTime.recheck}`,
    p.nextTime.homeCare === '' ? '' : `Home care given: ${p.nextTime.homeCare}`,
  ]);
}

/**
 * Drafts a SOAP note from the structured visit by fixed sentence templates: every sentence restates a
 * recorded item, nothing is inferred or invented. The therapist edits the draft before signing.
 */
export function draftSoap(v: SoapInput): SoapDraft {
  return { subjective: subjective(v), objective: objective(v), assessment: assessment(v), plan: plan(v) };
}
