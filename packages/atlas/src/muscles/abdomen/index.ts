import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the abdomen area. */
export const ABDOMEN_MUSCLES: readonly Muscle[] = [];
