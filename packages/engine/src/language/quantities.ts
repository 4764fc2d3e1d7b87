import type { Token } from './phrase-matcher.ts';

/** A duration or starting point read from the text ("for three weeks", "2 days ago", "since the flight"). */
export interface Duration {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Length in days when a number and unit were given. */
  readonly days?: number;
  /** What it started with, for "since ..." ("the flight"). */
  readonly since?: string;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  few: 3,
  several: 3,
};
const UNIT_DAYS: Readonly<Record<string, number>> = {
  minute: 1 / 1440,
  min: 1 / 1440,
  hour: 1 / 24,
  hr: 1 / 24,
  day: 1,
  night: 1,
  week: 7,
  wk: 7,
  fortnight: 14,
  month: 30,
  year: 365,
  yr: 365,
};
const PERSON = new Set([
  'man',
  'woman',
  'male',
  'female',
  'client',
  'patient',
  'lady',
  'gentleman',
  'gent',
  'she',
  'he',
  'im',
  'am',
  'i',
  'boy',
  'girl',
  'mr',
  'mrs',
  'ms',
]);
const AGE_UNITS = new Set(['yo', 'y', 'yrs', 'yr', 'years', 'year', 'm', 'f']);

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const DECADES: Readonly<Record<string, number>> = {
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
/** Words before an age that say "at least this old": "over sixty", "past 70". */
const AT_LEAST = new Set(['over', 'past', 'above']);
const NOT_AGE_AFTER = /^(kg|kgs|lb|lbs|cm|mm|percent|x|times|pounds|kilos|metres|meters|miles|minutes|mins)$/;

/** An age written in words or digits at token k: "72", "seventy-two", "seventy two", "sixty". */
function ageNumber(words: readonly Token[], k: number): { n: number; last: number } | undefined {
  const t = words[k];
  if (t === undefined) return undefined;
  if (t.kind === 'number') return /^\d+$/.test(t.norm) ? { n: Number(t.norm), last: k } : undefined;
  const tens = TENS[t.norm];
  if (tens === undefined) return undefined;
  const ones = NUMBER_WORDS[words[k + 1]?.norm ?? ''];
  return ones !== undefined && ones < 10 && words[k + 1]?.norm !== 'a' && words[k + 1]?.norm !== 'an'
    ? { n: tens + ones, last: k + 1 }
    : { n: tens, last: k };
}

function valueOf(t: Token | undefined): number | undefined {
  if (t === undefined) return undefined;
  if (t.kind === 'number') return Number(t.norm);
  return NUMBER_WORDS[t.norm];
}

function unitOf(t: Token | undefined): number | undefined {
  return t === undefined ? undefined : UNIT_DAYS[t.stem];
}

/**
 * The client's age when the text gives one: "72", "aged 72", "age: 72", "72-year-old", "72 yo", "72M",
 * "a woman of 72", "in her 70s" or "in her seventies" (read as 70), "seventy-two", "over sixty" (read as
 * 60, a lower bound). Whole years 1–120 only.
 */
export function readAge(tokens: readonly Token[]): number | undefined {
  const words = tokens.filter((t) => t.kind !== 'punct' || t.norm === '/');
  for (let k = 0; k < words.length; k++) {
    const decade = DECADES[words[k]?.norm ?? ''];
    const owner = words[k - 1]?.norm;
    if (decade !== undefined && (owner === 'her' || owner === 'his' || owner === 'my' || owner === 'their'))
      return decade;
    const read = ageNumber(words, k);
    if (read === undefined) continue;
    const { n } = read;
    if (n < 1 || n > 120) continue;
    const next = words[read.last + 1]?.norm;
    const prev = words[k - 1]?.norm;
    if (AT_LEAST.has(prev ?? '') && n >= 18 && unitOf(words[read.last + 1]) === undefined) {
      if (!NOT_AGE_AFTER.test(next ?? '')) return n;
      continue;
    }
    const prev2 = words[k - 2]?.norm;
    const inWords = words[k]?.kind !== 'number';
    if (next === 'year' || next === 'years' || next === 'yr' || next === 'yrs') {
      const after = words[read.last + 2];
      if (after?.norm === 'old' || after?.norm === 'of' || (after?.hyphenated ?? false)) return n;
      continue;
    }
    if (next === 's' && (prev === 'her' || prev === 'his' || prev === 'my' || prev === 'their')) return n;
    if (prev === 'aged' || prev === 'age' || prev === 'ages') return n;
    if (next !== undefined && AGE_UNITS.has(next) && next !== 'year' && next !== 'years' && !inWords)
      return n;
    if ((prev === 'of' || prev === 'is' || prev === 'was') && PERSON.has(prev2 ?? '')) return n;
    if (PERSON.has(prev ?? '') && unitOf(words[read.last + 1]) === undefined) return n;
    if (inWords) {
      k = read.last;
      continue;
    }
    if (k === 0 && unitOf(words[1]) === undefined && !/^(kg|lb|lbs|cm|mm|percent|x)$/.test(next ?? ''))
      return n;
  }
  return undefined;
}

/** Durations and starting points: "for three weeks", "the past 2 months", "2 days ago", "since the flight". */
export function readDurations(tokens: readonly Token[], text: string): Duration[] {
  const out: Duration[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.kind === 'punct') continue;
    const n = valueOf(t);
    const unit = unitOf(tokens[i + 1]);
    if (n !== undefined && unit !== undefined && tokens[i + 2]?.norm !== 'old') {
      const lead = tokens[i - 1]?.norm;
      const ago = tokens[i + 2]?.norm === 'ago';
      const first = lead === 'for' || lead === 'past' || lead === 'last' || lead === 'over' ? i - 1 : i;
      const last = ago ? i + 2 : i + 1;
      const a = tokens[first];
      const b = tokens[last];
      if (a !== undefined && b !== undefined)
        out.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end, days: n * unit });
      i = last;
      continue;
    }
    if (t.norm === 'since') {
      let last = i;
      for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
        const u = tokens[j];
        if (u === undefined || u.kind === 'punct' || u.norm === 'and' || u.norm === 'but') break;
        last = j;
      }
      const b = tokens[last];
      if (last > i && b !== undefined) {
        const sinceFrom = tokens[i + 1];
        out.push({
          text: text.slice(t.start, b.end),
          start: t.start,
          end: b.end,
          since: sinceFrom === undefined ? '' : text.slice(sinceFrom.start, b.end),
        });
        i = last;
      }
    }
  }
  return out;
}
