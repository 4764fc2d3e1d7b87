/** Irregular forms the suffix rules would miss. */
const IRREGULAR: Readonly<Record<string, string>> = {
  calves: 'calf',
  feet: 'foot',
  teeth: 'tooth',
  swollen: 'swell',
  bled: 'bleed',
  fell: 'fall',
  fallen: 'fall',
  broke: 'break',
  broken: 'break',
  threw: 'throw',
  thrown: 'throw',
  went: 'go',
  gone: 'go',
  woke: 'wake',
  lost: 'lose',
  losing: 'lose',
  worse: 'worse',
  lying: 'lie',
  lay: 'lie',
  women: 'woman',
  men: 'man',
  children: 'child',
  ribs: 'rib',
};

const SUFFIXES: readonly (readonly [string, string])[] = [
  ['iness', 'y'],
  ['ness', ''],
  ['ies', 'y'],
  ['ied', 'y'],
  ['ing', ''],
  ['ed', ''],
  ['es', ''],
  ['ly', ''],
  ['s', ''],
];

/**
 * A light stem for matching lexicon terms to what people write: "drooping", "drooped" and "droops" all
 * become "droop"; "swelling" and "swollen" become "swell". Applied the same way to terms and input.
 */
export function stem(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  for (const [suffix, to] of SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    if (suffix === 's' && /(ss|us|is)$/.test(w)) break;
    const cut = w.slice(0, -suffix.length) + to;
    // Too short a stem: try a shorter suffix ("uses" -> "use", not "us").
    if (cut.length < 3) continue;
    w = cut;
    break;
  }
  if (w.length > 3 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && /([^aeiouls])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}
