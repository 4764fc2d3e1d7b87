import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the thigh area. */
export const THIGH_MUSCLES: readonly Muscle[] = [];
