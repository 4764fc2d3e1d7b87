import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the pelvis area. */
export const PELVIS_MUSCLES: readonly Muscle[] = [];
