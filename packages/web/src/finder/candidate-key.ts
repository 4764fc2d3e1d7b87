/** The side of a candidate: one side, midline (unpaired muscle) or both sides together. */
export type CandidateSide = 'l' | 'r' | 'm' | 'both';

/** A muscle on a side, as the finder selects it. */
export interface CandidateRef {
  readonly muscle: string;
  readonly side: CandidateSide;
}

const SIDES: readonly string[] = ['l', 'r', 'm', 'both'];

/** Stable key of a candidate, e.g. "temporalis|r". */
export function candidateKey(ref: CandidateRef): string {
  return `${ref.muscle}|${ref.side}`;
}

/** The candidate a key names, or undefined when the key is malformed. */
export function parseCandidateKey(key: string): CandidateRef | undefined {
  const [muscle, side, extra] = key.split('|');
  if (muscle === undefined || muscle === '' || side === undefined || extra !== undefined) return undefined;
  return SIDES.includes(side) ? { muscle, side: side as CandidateSide } : undefined;
}

const SIDE_WORDS: Readonly<Record<CandidateSide, string>> = {
  l: 'left',
  r: 'right',
  m: '',
  both: 'both sides',
};

/** "Temporalis (right)", "Diaphragm", "Masseter (both sides)". */
export function candidateName(name: string, side: CandidateSide): string {
  const word = SIDE_WORDS[side];
  return word === '' ? name : `${name} (${word})`;
}
