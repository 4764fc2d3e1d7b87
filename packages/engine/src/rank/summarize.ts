import type { Region } from '@myomap/atlas';
import type { RankedCandidate } from './rank-types.ts';

const SIDE_WORD = { l: 'left', r: 'right', m: '', both: 'both sides' } as const;

function names(ids: readonly string[], regionById: ReadonlyMap<string, Region>, max = 3): string {
  const list = ids.slice(0, max).map((id) => regionById.get(id)?.name ?? id);
  return ids.length > max ? `${list.join(', ')} and ${ids.length - max} more` : list.join(', ');
}

/** One line a therapist reads in five seconds: what it explains, what it leaves, what moved it. */
export function summarize(c: RankedCandidate, regionById: ReadonlyMap<string, Region>): string {
  const essential = c.explains.filter((m) => m.how === 'essential').map((m) => m.region);
  const other = c.explains.filter((m) => m.how === 'spillover' || m.how === 'local').map((m) => m.region);
  const parts: string[] = [];
  if (essential.length > 0) parts.push(`refers to ${names(essential, regionById)}`);
  if (other.length > 0)
    parts.push(`${essential.length > 0 ? 'spills' : 'reaches'} to ${names(other, regionById)}`);
  if (parts.length === 0) parts.push('only near the painful area');
  if (c.unexplained.length > 0) parts.push(`leaves ${names(c.unexplained, regionById, 2)} unexplained`);
  const ups = c.evidence.filter((e) => e.effect > 0).map((e) => e.label);
  const downs = c.evidence.filter((e) => e.effect < 0).map((e) => e.label);
  if (ups.length > 0) parts.push(`fits ${ups.join('; ')}`);
  if (downs.length > 0) parts.push(downs.join('; '));
  const side = SIDE_WORD[c.side];
  return `${c.muscle.name}${side === '' ? '' : ` (${side})`}: ${parts.join('; ')}.`;
}
