import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the head-jaw area. */
export const HEAD_JAW_MUSCLES: readonly Muscle[] = [];
