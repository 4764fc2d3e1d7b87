// The muscle outline table, a separate entry point so the browser loads it only where outlines are drawn.
import table from './generated/muscle-outlines.json' with { type: 'json' };
import type { MuscleOutlineTable } from './muscle-outline.ts';

export type { MuscleOutlineEntry, MuscleOutlineShape, MuscleOutlineTable } from './muscle-outline.ts';
export { mirrorPath, muscleOutline } from './muscle-outline.ts';

/** Every generated muscle outline, by muscle id (see packages/atlas/scripts/muscle-outlines-generate.ts). */
export const MUSCLE_OUTLINES: MuscleOutlineTable = table;
