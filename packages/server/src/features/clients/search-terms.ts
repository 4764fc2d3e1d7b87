import { foldText } from '@myomap/engine';

const DATE_PREFIX = /^\d{4}(-\d{0,2}){0,2}$/;
const PHONEISH = /^\+?[\d().-]+$/;

/** Folds a name-like word: lower case, accents off, apostrophes dropped ("O’Brien" → "obrien"). */
function foldWord(text: string): string {
  return foldText(text).replace(/['’‘`]/g, '');
}

/** The words of a name: "Anne-Marie de la Tour" → anne, marie, de, la, tour. */
function nameWords(text: string | null): string[] {
  if (text === null) return [];
  return foldWord(text)
    .split(/[^\p{L}\p{N}@._+]+/u)
    .filter((w) => w.length > 0);
}

/** Digits of a phone number. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** What a client is found by. */
export interface SearchableClient {
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredName: string | null;
  readonly dateOfBirth: string | null;
  readonly phone: string | null;
  readonly email: string | null;
}

/**
 * The folded search terms stored for a client (indexed; search is a prefix match on them): name
 * words and each name joined, the whole email and its local part, phone digits (also without a leading country code or
 * trunk zero) and the date of birth.
 */
export function searchTerms(client: SearchableClient): string[] {
  const terms = new Set<string>();
  for (const n of [client.givenName, client.familyName, client.preferredName]) {
    const words = nameWords(n);
    for (const w of words) terms.add(w.slice(0, 100));
    // "Ó Briain" is also found by "obriain", "Anne-Marie" by "annemarie"
    if (words.length > 1) terms.add(words.join('').slice(0, 100));
  }
  if (client.email !== null) terms.add(foldText(client.email).slice(0, 254));
  if (client.phone !== null) {
    const digits = phoneDigits(client.phone);
    if (digits.length > 0) terms.add(digits);
    const national = digits.replace(/^0+/, '');
    if (national.length > 0) terms.add(national);
    // "+44 7700 900456" is also found by "7700 900456": the number without a 1–3 digit country code
    if (client.phone.trim().startsWith('+'))
      for (const cut of [1, 2, 3]) if (digits.length - cut >= 6) terms.add(digits.slice(cut));
  }
  if (client.dateOfBirth !== null) terms.add(client.dateOfBirth);
  return [...terms];
}

/**
 * Splits a search box into folded prefixes, each of which must match one term of a client:
 * a date (prefix) stays as written, a phone number becomes its digits (a leading zero dropped),
 * anything else folds like a name.
 */
export function searchPrefixes(query: string): string[] {
  const out = new Set<string>();
  const raw = query.trim();
  if (raw.length === 0) return [];
  // a whole phone number typed with spaces, e.g. "+44 7700 900123"
  if (/^\+?[\d ().-]+$/.test(raw) && !DATE_PREFIX.test(raw) && phoneDigits(raw).length >= 3) {
    const d = phoneDigits(raw).replace(/^0+/, '');
    return d.length > 0 ? [d] : [];
  }
  for (const token of raw
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 8)) {
    if (DATE_PREFIX.test(token)) out.add(token);
    else if (PHONEISH.test(token) && phoneDigits(token).length > 0) {
      const d = phoneDigits(token).replace(/^0+/, '');
      if (d.length > 0) out.add(d);
    } else if (token.includes('@')) out.add(foldText(token));
    else for (const w of nameWords(token)) out.add(w);
  }
  return [...out].map((p) => p.slice(0, 100));
}

/** The sort key of a client: folded "family given". */
export function sortKey(client: Pick<SearchableClient, 'givenName' | 'familyName'>): string {
  return `${foldWord(client.familyName)}\u0001${foldWord(client.givenName)}`.slice(0, 250);
}
