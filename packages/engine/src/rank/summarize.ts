import type { Region } from '@myomap/atlas';
import type { RankedCandidate } from './rank-types.ts';

const SIDE_WORD = { l: 'left', r: 'right', m: '', both: 'both sides' } as const;

function names(ids: readonly string[], regionById: ReadonlyMap<string, Region>, max: number): string {
  let out = '';
  const n = Math.min(ids.length, max);
  for (let i = 0; i < n; i++) {
    const id = ids[i] ?? '';
    out += (i === 0 ? '' : ', ') + (regionById.get(id)?.name ?? id);
  }
  return ids.length > max ? `${out} and ${ids.length - max} more` : out;
}

/** One line a therapist reads in five seconds: what it explains, what it leaves, what moved it. */
export function summarize(c: RankedCandidate, regionById: ReadonlyMap<string, Region>): string {
  const essential: string[] = [];
  const other: string[] = [];
  for (const m of c.explains) {
    if (m.how === 'essential') essential.push(m.region);
    else if (m.how !== 'nearby') other.push(m.region);
  }
  let text = '';
  if (essential.length > 0) text = `refers to ${names(essential, regionById, 3)}`;
  if (other.length > 0) text += `${text === '' ? 'reaches' : '; spills'} to ${names(other, regionById, 3)}`;
  if (text === '') text = 'only near the painful area';
  else if (c.near.length > 0) text += `; near its pattern: ${names(c.near, regionById, 2)}`;
  const experimental: string[] = [];
  for (const m of c.explains) if (m.experimental === true) experimental.push(m.region);
  if (experimental.length > 0)
    text += ` (experimental pattern, from a study on volunteers: ${names(experimental, regionById, 2)})`;
  if (c.unexplained.length > 0) text += `; leaves ${names(c.unexplained, regionById, 2)} unexplained`;
  let ups = '';
  let downs = '';
  for (const e of c.evidence) {
    if (e.effect > 0) ups += (ups === '' ? '' : '; ') + e.label;
    else if (e.effect < 0) downs += (downs === '' ? '' : '; ') + e.label;
  }
  if (ups !== '') text += `; fits ${ups}`;
  if (downs !== '') text += `; ${downs}`;
  const side = SIDE_WORD[c.side];
  return `${c.muscle.name}${side === '' ? '' : ` (${side})`}: ${text}.`;
}
