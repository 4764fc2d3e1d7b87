import { ACTIVITIES, MOVEMENTS, SYMPTOMS } from '@myomap/atlas';
import { drawnSymptoms } from './drawn-symptoms.ts';
import type { FinderInput } from './finder-input.ts';
import type { EvidenceEffect } from './rank-types.ts';
import type { Candidate } from './scoring-tables.ts';
import type { RankWeights } from './weights.ts';

function sideFits(findingSide: 'l' | 'r' | 'both' | 'm' | undefined, candidateSide: string): boolean {
  return (
    findingSide === undefined ||
    findingSide === 'both' ||
    candidateSide === 'both' ||
    candidateSide === 'm' ||
    findingSide === candidateSide
  );
}

type PendingEffect = { kind: EvidenceEffect['kind']; id: string; label: string; fraction: number };

/** Adds `per` for each given id the candidate matches, up to `cap` in all; records each effect; returns the total. */
function addCapped(
  effects: PendingEffect[],
  kind: EvidenceEffect['kind'],
  given: readonly string[],
  matches: ReadonlySet<string>,
  per: number,
  cap: number,
  labels: Readonly<Record<string, string>>,
): number {
  let total = 0;
  for (const id of given) {
    if (!matches.has(id) || total >= cap) continue;
    const add = Math.min(per, cap - total);
    total += add;
    effects.push({ kind, id, label: labels[id] ?? id, fraction: add });
  }
  return total;
}

const uniqueEvidence = new WeakMap<
  FinderInput,
  { activities: readonly string[]; symptoms: readonly string[] }
>();

/**
 * The input's activities and symptoms without repeats, computed once per query (not per candidate).
 * A region drawn as tingling, numbness or burning counts as that symptom: the client has reported it.
 */
function evidenceIds(input: FinderInput): { activities: readonly string[]; symptoms: readonly string[] } {
  let ids = uniqueEvidence.get(input);
  if (ids === undefined) {
    ids = {
      activities: [...new Set(input.activities ?? [])],
      symptoms: [...new Set([...(input.symptoms ?? []), ...drawnSymptoms(input.drawing)])],
    };
    uniqueEvidence.set(input, ids);
  }
  return ids;
}

function hasEvidence(input: FinderInput): boolean {
  return (
    (input.movements?.length ?? 0) +
      (input.activities?.length ?? 0) +
      (input.palpation?.length ?? 0) +
      evidenceIds(input).symptoms.length >
    0
  );
}

/**
 * Adjusts a candidate's pattern score with the assessment evidence and lists each effect.
 * Movement, activity and symptom matches add capped fractions of the pattern score; a palpation
 * confirmation doubles it; "palpated and clear" cuts it.
 */
export function applyEvidence(
  base: number,
  candidate: Candidate,
  side: string,
  input: FinderInput,
  weights: RankWeights,
): { score: number; effects: EvidenceEffect[] } {
  if (!hasEvidence(input)) return { score: base, effects: [] };
  const W = weights.evidence;
  const effects: PendingEffect[] = [];
  let movement = 0;
  for (const m of input.movements ?? []) {
    // "restricted" points at muscles whose trigger points limit the movement; "painful" (or unspecified)
    // also at muscles the movement loads.
    const fits =
      candidate.restricts.has(m.id) || (m.finding !== 'restricted' && candidate.painfulOn.has(m.id));
    if (!fits || !sideFits(m.side, side) || movement >= W.movementCap) continue;
    const add = Math.min(W.movement, W.movementCap - movement);
    movement += add;
    effects.push({
      kind: 'movement',
      id: m.id,
      label: `${m.finding === 'painful' ? 'painful' : 'restricted'}: ${MOVEMENTS[m.id]}`,
      fraction: add,
    });
  }
  const ids = evidenceIds(input);
  const activity = addCapped(
    effects,
    'activity',
    ids.activities,
    candidate.activities,
    W.activity,
    W.activityCap,
    ACTIVITIES,
  );
  const symptom = addCapped(
    effects,
    'symptom',
    ids.symptoms,
    candidate.symptoms,
    W.symptom,
    W.symptomCap,
    SYMPTOMS,
  );
  let factor = 1 + movement + activity + symptom;
  for (const p of input.palpation ?? []) {
    if (p.muscle !== candidate.muscle.id || !sideFits(p.side, side)) continue;
    if (p.result === 'confirmed') {
      factor += W.palpationConfirmed;
      effects.push({
        kind: 'palpation',
        id: p.muscle,
        label: 'confirmed on palpation',
        fraction: W.palpationConfirmed,
      });
    } else {
      const cut = factor * (1 - W.palpationClearFactor);
      factor -= cut;
      effects.push({ kind: 'palpation', id: p.muscle, label: 'palpated and clear', fraction: -cut });
    }
  }
  return {
    score: base * factor,
    effects: effects.map((e) => ({
      kind: e.kind,
      id: e.id,
      label: e.label,
      effect: base * e.fraction * 100, // score points before display scaling and rounding (rankSources)
    })),
  };
}
