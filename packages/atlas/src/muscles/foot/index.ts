import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the foot area. */
export const FOOT_MUSCLES: readonly Muscle[] = [];
