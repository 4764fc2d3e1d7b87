import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the chest area. */
export const CHEST_MUSCLES: readonly Muscle[] = [];
