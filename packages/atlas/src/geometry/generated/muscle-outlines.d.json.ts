// Type of muscle-outlines.json (built by scripts/muscle-outlines-generate.ts; do not edit).
import type { MuscleOutlineTable } from '../muscle-outline.ts';

/** Muscle outlines by muscle id, stored for the right side. */
declare const outlines: MuscleOutlineTable;
export = outlines;
