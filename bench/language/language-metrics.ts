// Scores of the language layer on one set: regions (exact set), evidence (present findings, ruled-out
// never present) and red flags (tiers, recall, benign look-alikes, negated signs).
import { resolveEvidence, resolveRegions, screenRedFlags, type EvidenceResult } from '@myomap/engine';
import type { EvidenceCase, RedFlagCase, RegionCase } from './language-sets.ts';

/** Region scores: exact-set accuracy overall and per register. */
export interface RegionScores {
  readonly n: number;
  readonly exact: number;
  readonly lay: { n: number; exact: number };
  readonly clinical: { n: number; exact: number };
  readonly misses: readonly string[];
}

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === new Set(b).size && new Set(a).size === a.length && a.every((x) => b.includes(x));

/** Exact match of resolveRegions(text).regions against `expect` or any `alsoAccept` set. */
export function scoreRegions(cases: readonly RegionCase[]): RegionScores {
  const hit = cases.map((c) => {
    const got = [...new Set(resolveRegions(c.text).regions)];
    return [c.expect, ...(c.alsoAccept ?? [])].some((want) => sameSet(got, want));
  });
  const part = (register: 'lay' | 'clinical'): { n: number; exact: number } => {
    const idx = cases.map((c, i) => [c, i] as const).filter(([c]) => c.register === register);
    return { n: idx.length, exact: idx.length === 0 ? 0 : idx.filter(([, i]) => hit[i]).length / idx.length };
  };
  return {
    n: cases.length,
    exact: cases.length === 0 ? 0 : hit.filter(Boolean).length / cases.length,
    lay: part('lay'),
    clinical: part('clinical'),
    misses: cases.filter((_, i) => !hit[i]).map((c) => c.id),
  };
}

/** Evidence scores: micro precision/recall of present findings; ruled-out ids never reported present. */
export interface EvidenceScores {
  readonly n: number;
  readonly contextual: number;
  readonly precision: number;
  readonly recall: number;
  /** Share of notPresent ids that the reader did not report as present. */
  readonly ruledOutKept: number;
  readonly ruledOutIds: number;
  readonly misses: readonly string[];
}

function presentKeys(r: EvidenceResult): Set<string> {
  return new Set([
    ...r.movements.map((m) => `movement:${m.id}`),
    ...r.activities.map((a) => `activity:${a}`),
    ...r.symptoms.map((s) => `symptom:${s}`),
    ...r.redFlags.map((f) => `redFlag:${f}`),
  ]);
}

/** Reads every case with resolveEvidence and scores it. Movement sides are checked when the case gives one. */
export function scoreEvidence(cases: readonly EvidenceCase[]): EvidenceScores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let kept = 0;
  let ruled = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const r = resolveEvidence(c.text);
    const got = presentKeys(r);
    const want = new Set([
      ...(c.present.movements ?? []).map((m) => `movement:${m.id}`),
      ...(c.present.activities ?? []).map((a) => `activity:${a}`),
      ...(c.present.symptoms ?? []).map((s) => `symptom:${s}`),
      ...(c.present.redFlags ?? []).map((f) => `redFlag:${f}`),
    ]);
    let ok = true;
    for (const w of want) {
      const [kind, wid] = w.split(':') as [string, string];
      const side = (c.present.movements ?? []).find((m) => m.id === wid)?.side;
      const sideOk =
        kind !== 'movement' || side === undefined || r.movements.some((m) => m.id === wid && m.side === side);
      if (got.has(w) && sideOk) tp++;
      else {
        fn++;
        ok = false;
      }
    }
    for (const g of got) if (!want.has(g)) fp++;
    const gotIds = new Set([...got].map((g) => g.split(':')[1]));
    for (const id of c.notPresent) {
      ruled++;
      if (gotIds.has(id)) ok = false;
      else kept++;
    }
    if (!ok) misses.push(c.id);
  }
  return {
    n: cases.length,
    contextual: cases.filter((c) => c.context.some((x) => x !== 'plain')).length,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    ruledOutKept: ruled === 0 ? 1 : kept / ruled,
    ruledOutIds: ruled,
    misses,
  };
}

const SEVERITY = { emergency: 0, urgent: 1, refer: 2, caution: 3, none: 4 } as const;
type Tier = keyof typeof SEVERITY;

/** Red-flag scores against the targets. */
export interface RedFlagScores {
  readonly n: number;
  /** Emergency/urgent cases answered at least urgent. */
  readonly urgentCases: number;
  readonly urgentAtLeastUrgent: number;
  /** Cases expecting a tier that got one at least as serious. */
  readonly flaggedCases: number;
  readonly recall: number;
  /** Cases whose tier is exactly the expected one. */
  readonly exactTier: number;
  readonly benignCases: number;
  readonly benignFlagged: number;
  readonly negatedCases: number;
  readonly negatedFlagged: number;
  /** Share of expected flag ids found among the findings. */
  readonly flagRecall: number;
  readonly misses: readonly string[];
}

/** Screens every case (text, drawing and the age when the case gives one) with screenRedFlags and scores it. */
export function scoreRedFlags(cases: readonly RedFlagCase[]): RedFlagScores {
  let urgentCases = 0;
  let urgentOk = 0;
  let flaggedCases = 0;
  let flaggedOk = 0;
  let exact = 0;
  let benign = 0;
  let benignFlagged = 0;
  let negated = 0;
  let negatedFlagged = 0;
  let flagsWanted = 0;
  let flagsFound = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const r = screenRedFlags({
      text: c.text,
      ...(c.age === undefined ? {} : { age: c.age }),
      drawing: (c.drawing ?? []).map((region) => ({ region, intensity: 5 })),
    });
    const tier: Tier = r.notice?.tier ?? 'none';
    if (tier === c.expectTier) exact++;
    else misses.push(c.id);
    if (c.expectTier === 'emergency' || c.expectTier === 'urgent') {
      urgentCases++;
      if (SEVERITY[tier] <= SEVERITY.urgent) urgentOk++;
    }
    if (c.expectTier !== 'none') {
      flaggedCases++;
      if (SEVERITY[tier] <= SEVERITY[c.expectTier]) flaggedOk++;
    }
    if (c.benignLookalike) {
      benign++;
      if (tier !== 'none') benignFlagged++;
    }
    if (c.negated) {
      // A denied sign must raise nothing: flagged when the tier is above what the rest of the case calls
      // for ("no saddle numbness, but she is on warfarin" expects caution; anything more came from the denial).
      negated++;
      if (SEVERITY[tier] < SEVERITY[c.expectTier]) negatedFlagged++;
    }
    const found = new Set<string>(r.findings.map((f) => f.id));
    for (const f of c.expectFlags ?? []) {
      flagsWanted++;
      if (found.has(f)) flagsFound++;
    }
  }
  return {
    n: cases.length,
    urgentCases,
    urgentAtLeastUrgent: urgentCases === 0 ? 1 : urgentOk / urgentCases,
    flaggedCases,
    recall: flaggedCases === 0 ? 1 : flaggedOk / flaggedCases,
    exactTier: cases.length === 0 ? 0 : exact / cases.length,
    benignCases: benign,
    benignFlagged: benign === 0 ? 0 : benignFlagged / benign,
    negatedCases: negated,
    negatedFlagged: negated === 0 ? 0 : negatedFlagged / negated,
    flagRecall: flagsWanted === 0 ? 1 : flagsFound / flagsWanted,
    misses,
  };
}
