import type { Muscle } from '../schema/muscle-schema.ts';

/** Identity helper that type-checks a muscle entry where it is written. */
export function defineMuscle(muscle: Muscle): Muscle {
  return muscle;
}
