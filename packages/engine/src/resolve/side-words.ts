import { singular } from './normalize-text.ts';

/** What a side phrase in the text asks for. */
export type SideHint = 'l' | 'r' | 'both';

/** Multi-word side phrases, longest first; matched on singular tokens. */
export const SIDE_PHRASES: readonly (readonly [readonly string[], SideHint])[] = [
  [['left', 'and', 'right'], 'both'],
  [['right', 'and', 'left'], 'both'],
  [['on', 'both', 'side'], 'both'],
  [['both', 'side'], 'both'],
  [['either', 'side'], 'both'],
  [['each', 'side'], 'both'],
  [['on', 'the', 'left'], 'l'],
  [['on', 'the', 'right'], 'r'],
  [['left', 'side'], 'l'],
  [['right', 'side'], 'r'],
  [['left', 'sided'], 'l'],
  [['right', 'sided'], 'r'],
  [['left'], 'l'],
  [['right'], 'r'],
  [['lt'], 'l'],
  [['rt'], 'r'],
  [['both'], 'both'],
  [['bilateral'], 'both'],
  [['bilaterally'], 'both'],
];

/** Words that join or separate phrases. */
export const SEPARATOR_TOKENS: ReadonlySet<string> = new Set([
  ',',
  ';',
  '.',
  '\n',
  '/',
  '&',
  '+',
  '(',
  ')',
  'and',
  'plus',
  'also',
  'with',
  'or',
  'then',
]);

/** Words that end a sentence: a side given before them does not carry past them. */
export const SENTENCE_END_TOKENS: ReadonlySet<string> = new Set(['.', ';', '\n']);

/** Words that carry no place: pain words, qualities, articles, prepositions. */
export const FILLER_TOKENS: ReadonlySet<string> = new Set(
  (
    'a an the my his her their its your this that these those is are was it i me he she they have ha has had ' +
    'feel feeling felt get got some very really quite bit little lot of in on at over into to from by for under ' +
    'near up down through across along toward towards side sided region area part spot zone ' +
    'pain painful ache aching achy hurt hurting sore soreness tender tenderness stiff stiffness discomfort ' +
    'sharp dull deep burning tingling tingly numb numbness throbbing stabbing shooting radiating cramp cramping ' +
    'headache migraine constant intermittent mild moderate severe sometime sometimes often worse when all'
  )
    .split(' ')
    .map(singular),
);
