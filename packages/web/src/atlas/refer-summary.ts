import type { Muscle } from '@myomap/atlas';
import { joinWords, relativeRegionName } from './region-words.ts';

const MAX_ESSENTIAL = 4;
const MAX_SPILLOVER = 3;

function distinctNames(
  muscle: Muscle,
  zone: 'essential' | 'spillover',
  exclude: ReadonlySet<string>,
): string[] {
  const names: string[] = [];
  for (const tp of muscle.triggerPoints)
    for (const z of tp.referral) {
      if (z.zone !== zone) continue;
      const name = relativeRegionName(z.region);
      if (!names.includes(name) && !exclude.has(name)) names.push(name);
    }
  return names;
}

function capped(names: readonly string[], max: number): string {
  return names.length > max ? `${names.slice(0, max).join(', ')} …` : joinWords(names);
}

/** "the temple" but "below the collarbone": region names that start with a preposition take no article. */
function withArticle(list: string): string {
  return /^(below|above|between|around|behind|deep|under|in front|inside the|outside the)\b/.test(list)
    ? list
    : `the ${list}`;
}

/** One line on where a muscle refers: "Refers to the temple, eyebrow …; spills to the eye …". */
export function referSummary(muscle: Muscle): string {
  const essential = distinctNames(muscle, 'essential', new Set());
  const spillover = distinctNames(muscle, 'spillover', new Set(essential));
  const head = `Refers to ${withArticle(capped(essential, MAX_ESSENTIAL))}`;
  return spillover.length === 0
    ? head
    : `${head}; spills to ${withArticle(capped(spillover, MAX_SPILLOVER))}`;
}
