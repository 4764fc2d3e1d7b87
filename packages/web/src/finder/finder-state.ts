import type { ActivityId, MovementId, RedFlagId, SymptomId } from '@myomap/atlas';
import type { FinderInput } from '@myomap/engine';
import type { Drawing } from '../body-map/drawing.ts';

/** The kinds of evidence the finder takes from chips. */
export const EVIDENCE_KINDS = ['movement', 'activity', 'symptom', 'redFlag'] as const;
/** One kind of evidence chip. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** Headings for each kind of evidence. */
export const EVIDENCE_KIND_LABEL: Readonly<Record<EvidenceKind, string>> = {
  movement: 'Movement tests',
  activity: 'Posture and activities',
  symptom: 'Symptoms',
  redFlag: 'Red-flag signs',
};

/** Which side a movement finding was found on. */
export type FindingSide = 'l' | 'r' | 'both';

/** A movement test result as the therapist records it. */
export interface MovementFinding {
  readonly id: MovementId;
  readonly side: FindingSide;
  readonly finding: 'restricted' | 'painful';
}

/** A palpation result for one muscle on one side. */
export interface PalpationFinding {
  readonly muscle: string;
  readonly side: 'l' | 'r' | 'm' | 'both';
  readonly result: 'confirmed' | 'clear';
}

/** Everything the therapist added besides the drawing. */
export interface Evidence {
  readonly movements: readonly MovementFinding[];
  readonly activities: readonly ActivityId[];
  readonly symptoms: readonly SymptomId[];
  readonly redFlags: readonly RedFlagId[];
  readonly palpation: readonly PalpationFinding[];
}

/** No evidence yet. */
export const NO_EVIDENCE: Evidence = {
  movements: [],
  activities: [],
  symptoms: [],
  redFlags: [],
  palpation: [],
};

/** The ranking input for a drawing and its evidence. */
export function finderInput(drawing: Drawing, evidence: Evidence): FinderInput {
  return {
    drawing: [...drawing].map(([region, mark]) => ({
      region,
      intensity: mark.intensity,
      quality: mark.quality,
    })),
    movements: evidence.movements.map((m) => ({ id: m.id, side: m.side, finding: m.finding })),
    activities: [...evidence.activities],
    symptoms: [...evidence.symptoms],
    redFlags: [...evidence.redFlags],
    palpation: evidence.palpation.map((p) => ({ ...p })),
  };
}

/** True when the evidence holds this chip. */
export function hasEvidence(evidence: Evidence, kind: EvidenceKind, id: string): boolean {
  switch (kind) {
    case 'movement':
      return evidence.movements.some((m) => m.id === id);
    case 'activity':
      return evidence.activities.some((a) => a === id);
    case 'symptom':
      return evidence.symptoms.some((s) => s === id);
    case 'redFlag':
      return evidence.redFlags.some((r) => r === id);
  }
}

/** The evidence with one chip added (no-op when already present). Ids are trusted to be in the vocabulary. */
export function addEvidence(evidence: Evidence, kind: EvidenceKind, id: string): Evidence {
  if (hasEvidence(evidence, kind, id)) return evidence;
  switch (kind) {
    case 'movement':
      return {
        ...evidence,
        movements: [...evidence.movements, { id: id as MovementId, side: 'both', finding: 'restricted' }],
      };
    case 'activity':
      return { ...evidence, activities: [...evidence.activities, id as ActivityId] };
    case 'symptom':
      return { ...evidence, symptoms: [...evidence.symptoms, id as SymptomId] };
    case 'redFlag':
      return { ...evidence, redFlags: [...evidence.redFlags, id as RedFlagId] };
  }
}

/** The evidence without one chip. */
export function removeEvidence(evidence: Evidence, kind: EvidenceKind, id: string): Evidence {
  switch (kind) {
    case 'movement':
      return { ...evidence, movements: evidence.movements.filter((m) => m.id !== id) };
    case 'activity':
      return { ...evidence, activities: evidence.activities.filter((a) => a !== id) };
    case 'symptom':
      return { ...evidence, symptoms: evidence.symptoms.filter((s) => s !== id) };
    case 'redFlag':
      return { ...evidence, redFlags: evidence.redFlags.filter((r) => r !== id) };
  }
}

/** The evidence with one movement finding replaced (matched by id). */
export function updateMovement(evidence: Evidence, next: MovementFinding): Evidence {
  return { ...evidence, movements: evidence.movements.map((m) => (m.id === next.id ? next : m)) };
}

/** The evidence with the palpation result of a muscle side set, or removed when `result` is undefined. */
export function setPalpation(
  evidence: Evidence,
  muscle: string,
  side: PalpationFinding['side'],
  result: PalpationFinding['result'] | undefined,
): Evidence {
  const rest = evidence.palpation.filter((p) => !(p.muscle === muscle && p.side === side));
  return { ...evidence, palpation: result === undefined ? rest : [...rest, { muscle, side, result }] };
}

/** How many chips the evidence holds. */
export function evidenceCount(evidence: Evidence): number {
  return (
    evidence.movements.length +
    evidence.activities.length +
    evidence.symptoms.length +
    evidence.redFlags.length +
    evidence.palpation.length
  );
}
