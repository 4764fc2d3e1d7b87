import { CONTEXT_TRIGGERS, RED_FLAG_RULES } from '@myomap/atlas';
import { stem } from './stem.ts';
import { foldText } from './words.ts';
import type { Token } from './phrase-matcher.ts';

type Words = {
  people: Set<string>;
  self: Set<string>;
  firstPerson: Set<string>;
  other: Set<string>;
  notWhen: Set<string>;
  cues: string[][];
  sites: Set<string>;
  pain: Set<string>;
};
let words: Words | null | undefined;
function wordSets(): Words | null {
  if (words !== undefined) return words;
  const w = CONTEXT_TRIGGERS.writtenFor;
  if (w === undefined) return (words = null);
  const sites = new Set<string>();
  for (const site of Object.values(RED_FLAG_RULES.sites))
    for (const s of [...site.words, ...(site.selfPain ?? [])]) if (!s.includes(' ')) sites.add(s);
  for (const b of w.body) sites.add(b);
  words = {
    people: new Set(w.people),
    self: new Set(w.self),
    firstPerson: new Set(w.firstPerson),
    other: new Set(w.other),
    notWhen: new Set(w.notWhen),
    cues: w.cues.map((c) => foldText(c).split(/\s+/)),
    sites,
    pain: new Set(RED_FLAG_RULES.painWords.map((p) => stem(p))),
  };
  return words;
}

/** Words a site word may be from its owner ("my own tight calves", "his left arm"). */
const OWNER_REACH = 3;

/** Whose a body place at token `at` is: the nearest owner word before it in its clause. */
function ownerOf(tokens: readonly Token[], at: number, w: Words): 'self' | 'other' | 'unknown' {
  for (let i = at - 1; i >= 0; i--) {
    const t = tokens[i];
    if (t === undefined || t.kind === 'punct') break;
    if (w.self.has(t.norm) || w.firstPerson.has(t.norm)) return 'self';
    if (w.other.has(t.norm) || w.people.has(t.norm)) return 'other';
  }
  return 'unknown';
}

/** A pain word this close (in words, same clause) to a body word makes it a pain place. */
const PAIN_WINDOW = 6;

/** Body words with a pain word near them in their clause ("his knee aches", "a sore hip"). */
function bodyPain(tokens: readonly Token[], w: Words): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || !(w.sites.has(t.norm) || w.sites.has(t.stem))) continue;
    for (let d = -PAIN_WINDOW; d <= PAIN_WINDOW; d++) {
      const lo = Math.min(t.index, t.index + d);
      const hi = Math.max(t.index, t.index + d);
      if (d === 0 || tokens.slice(lo, hi + 1).some((k) => k.kind === 'punct')) continue;
      if (w.pain.has(tokens[t.index + d]?.stem ?? '')) {
        out.push(t.index);
        break;
      }
    }
  }
  return out;
}

const said = (tokens: readonly Token[], phrase: readonly string[]): boolean =>
  tokens.some((_, s) => phrase.every((p, k) => tokens[s + k]?.norm === p));

/** Whether the writer speaks of someone else's relative ("her husband"): a note about the client. */
const someoneElsesRelative = (tokens: readonly Token[], w: Words): boolean =>
  tokens.some((t, i) => w.people.has(t.norm) && w.other.has(tokens[i - 1]?.norm ?? ''));

/**
 * Whether a form is written for another person who is the client: a cue says so ("writing for my mum", "he
 * came in for his back") or some pain in the text is a relative's ("my wife ... has sciatica", "her back
 * has started hurting"); no pain or body place is the writer's or nobody's in particular,
 * the writer does not speak of themselves ("I", "me") unless a cue says the form is for someone else
 * ("writing for my mum"), and nothing marks a therapist's note ("pt", "her husband"). `places` are the
 * token indexes of pain mentions found by the sign reader.
 */
export function writtenForAnother(tokens: readonly Token[], places: readonly number[]): boolean {
  const w = wordSets();
  if (w === null || tokens.some((t) => w.notWhen.has(t.norm)) || someoneElsesRelative(tokens, w))
    return false;
  if (tokens.some((t) => w.firstPerson.has(t.norm)) && !w.cues.some((c) => said(tokens, c))) return false;
  // A cue ("writing for my mum", "he came in for his back") says so outright.
  let other = w.cues.some((c) => said(tokens, c));
  for (const at of [...places, ...bodyPain(tokens, w)]) {
    const owner = ownerOf(tokens, at, w);
    if (owner !== 'other') return false;
    other = true;
  }
  // A body word of the writer's own ("my own tight calves") says the writer is the client.
  for (const t of tokens) {
    if (t.kind !== 'word' || !(w.sites.has(t.norm) || w.sites.has(t.stem))) continue;
    const near = tokens.slice(Math.max(0, t.index - OWNER_REACH), t.index);
    if (near.some((n) => w.self.has(n.norm)) && ownerOf(tokens, t.index, w) === 'self') return false;
  }
  return other;
}

/** Whether an other-person trigger phrase may name the client of a form written for them ("husband"). */
export function mayBeTheClient(phrase: string): boolean {
  return wordSets()?.people.has(phrase) ?? false;
}
