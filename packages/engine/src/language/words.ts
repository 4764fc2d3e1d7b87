/**
 * The first step of the language layer: text to word tokens with their offsets. Shared by the region
 * parser, the evidence reader and the red-flag screen, so all three see the same words.
 */

/** What a token is made of. `foreign` is a run of letters outside the Latin script (reported, never dropped). */
export type WordKind = 'word' | 'number' | 'punct' | 'foreign';

/** One token of the input: its original text, its folded lower-case form and where it sits. */
export interface Word {
  /** The characters as written. */
  readonly text: string;
  /** Lower-cased, accents folded ("Épaule" -> "epaule"), possessive "'s" removed ("client's" -> "client"). */
  readonly norm: string;
  readonly kind: WordKind;
  /** Offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** True when written with a possessive ending ("client's", "clients'"). */
  readonly possessive: boolean;
  /** True when joined to the previous token by a hyphen ("antero-lateral", "mid-back"). */
  readonly hyphenated: boolean;
}

const TOKEN =
  /(\p{L}[\p{L}\p{M}]*(?:['’‘`]\p{L}+)*['’‘`]?)|(\d+(?:st|nd|rd|th)(?![\p{L}\d])|\d+(?:[.,]\d+)?)|([,;:.!?\n/&+()]|#(?=\d))/giu;
/** Ordinal words, first to tenth: digit ordinals ("1st", "2nd digit", "3rd MTPJ") read as these, and series count by them. */
export const ORDINALS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const NO_WORDS: ReadonlySet<string> = new Set();
const ORDINAL = /^(\d+)(?:st|nd|rd|th)$/i;
const LATIN = /^[a-z]+$/;
const ASCII = /^[ -~]*$/;

/** Folds accents and case: "Épaule" -> "epaule", "Straße" -> "strasse". Non-Latin letters are kept. */
export function foldText(text: string): string {
  // Plain ASCII needs only lower-casing (the common case, and the hot path of every reader).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[œ]/g, 'oe')
    .replace(/[ø]/g, 'o')
    .replace(/[ł]/g, 'l');
}

function normWord(raw: string): { norm: string; possessive: boolean } {
  const folded = foldText(raw).replace(/[’‘`]/g, "'");
  if (folded.endsWith("'s")) return { norm: folded.slice(0, -2), possessive: true };
  if (folded.endsWith("'")) return { norm: folded.slice(0, -1), possessive: true };
  return { norm: folded.replace(/'/g, ''), possessive: false };
}

/** Goes on in lower case, with a number, or with a joiner ("ant. & lat. thigh", "med./lat."). */
const LOWER_START = /^[\p{Ll}\d&/,@(]/u;

/**
 * Whether the full stop at `dot` closes an abbreviation ("ant.", "med.", "R.") rather than a sentence: it
 * touches a word in `abbreviations` and the next token goes on in lower case, with a number or a joiner.
 */
function abbreviationPoint(
  text: string,
  dot: number,
  prev: Word | undefined,
  abbreviations: ReadonlySet<string>,
): boolean {
  if (prev === undefined || prev.kind !== 'word' || prev.end !== dot || !abbreviations.has(prev.norm))
    return false;
  const next = /\S/u.exec(text.slice(dot + 1, dot + 40));
  return next !== null && LOWER_START.test(text.slice(dot + 1 + next.index));
}

/**
 * Splits text into word, number, punctuation and foreign-script tokens, with offsets. A full stop that
 * closes one of `abbreviations` mid-sentence ("R med. arch") is not a token: it ends no sentence.
 * @example lexWords("the client's left shoulder")[1] // { norm: 'client', possessive: true, ... }
 */
export function lexWords(text: string, abbreviations: ReadonlySet<string> = NO_WORDS): Word[] {
  const out: Word[] = [];
  let lastEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    if (raw === '.' && abbreviationPoint(text, start, out[out.length - 1], abbreviations)) continue;
    const hyphenated = lastEnd >= 0 && start === lastEnd + 1 && /[-–‐]/.test(text[lastEnd] ?? '');
    lastEnd = end;
    if (m[1] !== undefined) {
      const { norm, possessive } = normWord(raw);
      const kind: WordKind = LATIN.test(norm) ? 'word' : 'foreign';
      out.push({ text: raw, norm, kind, start, end, possessive, hyphenated });
    } else if (m[2] !== undefined) {
      const ordinal = ORDINALS[Number(ORDINAL.exec(raw)?.[1] ?? 0) - 1];
      if (ordinal !== undefined) {
        out.push({ text: raw, norm: ordinal, kind: 'word', start, end, possessive: false, hyphenated });
        continue;
      }
      out.push({
        text: raw,
        norm: raw.replace(',', '.'),
        kind: 'number',
        start,
        end,
        possessive: false,
        hyphenated,
      });
    } else {
      out.push({ text: raw, norm: raw, kind: 'punct', start, end, possessive: false, hyphenated: false });
    }
  }
  return out;
}
