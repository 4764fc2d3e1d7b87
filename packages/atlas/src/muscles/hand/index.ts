import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the hand area. */
export const HAND_MUSCLES: readonly Muscle[] = [];
