import { BODY_AREA_NAMES } from '@myomap/atlas';
import { deckById } from '@myomap/engine';

const LEVEL = { 1: 'most common patterns', 2: 'common patterns', 3: 'every pattern' } as const;

/** An assignable deck's name in words, e.g. "Neck: common patterns" (the id itself when unknown). */
export function deckLabel(id: string): string {
  const d = deckById(id);
  if (d === undefined) return id;
  const area = d.area === 'all' ? 'All areas' : BODY_AREA_NAMES[d.area];
  return `${area}: ${LEVEL[d.maxDifficulty]}`;
}
