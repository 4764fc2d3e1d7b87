import {
  ACTIVITIES,
  MOVEMENTS,
  RED_FLAGS,
  SYMPTOMS,
  type ActivityId,
  type MovementId,
  type RedFlagId,
  type SymptomId,
} from '@myomap/atlas';
import { singular, tokenize } from './normalize-text.ts';
import { FILLER_TOKENS, SEPARATOR_TOKENS } from './side-words.ts';

/** Evidence read from free text, plus the phrases that matched nothing. */
export interface EvidenceResult {
  readonly movements: { id: MovementId; side?: 'l' | 'r' }[];
  readonly activities: ActivityId[];
  readonly symptoms: SymptomId[];
  readonly redFlags: RedFlagId[];
  readonly unresolved: string[];
}

type Entry = {
  kind: 'movement' | 'activity' | 'symptom' | 'redFlag';
  id: string;
  words: ReadonlySet<string>;
};

const STOP = new Set([
  ...FILLER_TOKENS,
  'can',
  'cant',
  'cannot',
  'not',
  'no',
  'when',
  'while',
  'during',
  'limited',
  'restricted',
  'painful',
  'reduced',
  'loss',
  'stiff',
  'difficulty',
  'trouble',
  'hard',
]);

function contentWords(text: string): string[] {
  return tokenize(text)
    .map(singular)
    .filter((w) => !STOP.has(w) && !SEPARATOR_TOKENS.has(w) && !/^\d+$/.test(w));
}

/** Everyday words for the joints and motions in movement ids, so "turning the neck" finds cervical.rotation. */
const MOVEMENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  cervical: ['neck', 'head'],
  thoracic: ['upper', 'back', 'mid'],
  trunk: ['back', 'waist', 'low', 'lower'],
  scapula: ['shoulder', 'blade'],
  shoulder: ['arm'],
  jaw: ['mouth'],
  rotation: ['turn', 'turning', 'twist', 'twisting', 'rotate', 'rotating'],
  lateral_flexion: ['tilt', 'tilting', 'side', 'bend', 'bending', 'sidebending'],
  flexion: ['bend', 'bending', 'forward', 'flex'],
  extension: ['straighten', 'straightening', 'backward', 'extend', 'look', 'up'],
  abduction: ['raise', 'raising', 'lift', 'lifting', 'sideways', 'out'],
  internal_rotation: ['behind', 'reach', 'reaching'],
  external_rotation: ['comb', 'combing', 'hair', 'outward'],
  opening: ['open', 'yawn', 'yawning'],
  elevation: ['shrug', 'shrugging'],
};

function movementWords(id: string): string[] {
  const [joint = '', motion = ''] = id.split('.');
  return [...(MOVEMENT_WORDS[joint] ?? []), ...(MOVEMENT_WORDS[motion] ?? [])].map(singular);
}

let entries: Entry[] | undefined;
function vocabulary(): Entry[] {
  entries ??= [
    ...Object.entries(MOVEMENTS).map(([id, label]) => ({
      kind: 'movement' as const,
      id,
      words: new Set([
        ...contentWords(label),
        ...contentWords(id.replace(/[._]/g, ' ')),
        ...movementWords(id),
      ]),
    })),
    ...Object.entries(ACTIVITIES).map(([id, label]) => ({
      kind: 'activity' as const,
      id,
      words: new Set([...contentWords(label), ...contentWords(id)]),
    })),
    ...Object.entries(SYMPTOMS).map(([id, label]) => ({
      kind: 'symptom' as const,
      id,
      words: new Set([...contentWords(label), ...contentWords(id)]),
    })),
    ...Object.entries(RED_FLAGS).map(([id, f]) => ({
      kind: 'redFlag' as const,
      id,
      words: new Set([...contentWords(f.label), ...contentWords(id)]),
    })),
  ];
  return entries;
}

function best(words: readonly string[]): { e: Entry; score: number } | undefined {
  let top: { e: Entry; score: number } | undefined;
  for (const e of vocabulary()) {
    let hit = 0;
    for (const w of words) if (e.words.has(w)) hit++;
    if (hit === 0) continue;
    // Share of the phrase's words found, with a little weight for covering the entry's own words.
    const score = hit / words.length + (0.25 * hit) / e.words.size;
    if (top === undefined || score > top.score) top = { e, score };
  }
  return top !== undefined && top.score >= 0.6 ? top : undefined;
}

function add(result: EvidenceResult, entry: Entry, side: 'l' | 'r' | undefined): void {
  if (entry.kind === 'movement') {
    const id = entry.id as MovementId;
    if (!result.movements.some((m) => m.id === id))
      result.movements.push(side === undefined ? { id } : { id, side });
  } else if (entry.kind === 'activity') result.activities.push(entry.id as ActivityId);
  else if (entry.kind === 'symptom') result.symptoms.push(entry.id as SymptomId);
  else result.redFlags.push(entry.id as RedFlagId);
}

function wordsOf(phrase: string): string[] {
  return contentWords(phrase).filter((w) => w !== 'left' && w !== 'right');
}

/**
 * Reads assessment evidence from free text ("restricted neck rotation to the left; chews gum; tinnitus")
 * into the controlled vocabularies. Phrases split on commas and semicolons (and on "and" unless the whole phrase names one entry); each phrase maps to
 * its best vocabulary entry or is reported as unresolved.
 */
export function resolveEvidence(text: string): EvidenceResult {
  const result: EvidenceResult = {
    movements: [],
    activities: [],
    symptoms: [],
    redFlags: [],
    unresolved: [],
  };
  const phrases = text
    .split(/[,;\n.]/)
    .map((p) => p.trim())
    .filter(Boolean);
  for (const phrase of phrases) {
    // A whole phrase that names one entry well wins ("phone between ear and shoulder"); otherwise split on "and".
    const whole = best(wordsOf(phrase));
    const parts =
      whole !== undefined && whole.score >= 0.75
        ? [phrase]
        : phrase
            .split(/\band\b|\bplus\b|&/i)
            .map((p) => p.trim())
            .filter(Boolean);
    for (const part of parts) {
      const tokens = tokenize(part);
      const side = tokens.includes('left') ? 'l' : tokens.includes('right') ? 'r' : undefined;
      const words = wordsOf(part);
      const match = words.length === 0 ? undefined : best(words);
      if (match === undefined) result.unresolved.push(part);
      else add(result, match.e, side);
    }
  }
  return result;
}
