import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the neck area. */
export const NECK_MUSCLES: readonly Muscle[] = [];
