import { RED_FLAGS, type RedFlagId } from '@myomap/atlas';
import { CLIENT_AGE_MAX, readAgeText, type EvidenceResult } from '@myomap/engine';
import { descriptionEvidence, type ContextChip } from './description-evidence.ts';

/** A red-flag sign read from the client's words, with the words it was read from. */
export interface SignChip {
  readonly key: string;
  readonly id: RedFlagId;
  /** The words as written ("numb down there when I wipe"). */
  readonly text: string;
  /** The sign's plain label ("numbness in the saddle area"). */
  readonly label: string;
  /** Whether the screen raised it (alone or by a rule), or it stops nothing by itself here. */
  readonly raised: boolean;
}

/** What the client's words say to the red-flag screen: signs that count, and mentions that do not. */
export interface ClientWords {
  readonly signs: readonly SignChip[];
  /** Signs, symptoms and pain sites that are negated, hypothetical, past or another person's. */
  readonly notCounted: readonly ContextChip[];
}

/**
 * Splits what the screen read from the client's words into the signs that count (each with the words
 * it came from) and the mentions that do not ("denies saddle numbness → ruled out"). A sign counts when
 * present, or past where a past sign still matters (a cancer history); `raised` holds the signs the
 * whole screen raised, so a sign that stops nothing on its own (sweating without chest pain) says so.
 */
export function clientWords(read: EvidenceResult, text: string, raised: ReadonlySet<string>): ClientWords {
  const signs: SignChip[] = [];
  for (const f of read.findings) {
    const id = f.id as RedFlagId;
    if (f.kind !== 'redFlag' || !read.redFlags.includes(id) || signs.some((s) => s.id === id)) continue;
    signs.push({
      key: `${f.start}:${id}`,
      id,
      text: f.text,
      label: RED_FLAGS[id].label,
      raised: raised.has(id),
    });
  }
  return { signs, notCounted: descriptionEvidence(read, text).chips };
}

/** The words each sign of the screen was read from, for the stop notice ("from “wet myself”"). */
export function signWords(words: ClientWords): ReadonlyMap<string, string> {
  return new Map(words.signs.map((s) => [s.id, s.text]));
}

/** The age field read: a whole number of years within bounds, nothing when empty, or an error naming the field. */
export function parseAge(raw: string): { age?: number; error?: string } {
  if (raw.trim() === '') return {};
  const age = readAgeText(raw);
  if (age !== undefined) return { age };
  return { error: `Age: enter whole years from 0 to ${CLIENT_AGE_MAX}, or leave it empty.` };
}
