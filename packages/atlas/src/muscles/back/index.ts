import type { Muscle } from '../../schema/muscle-schema.ts';

/** Muscles of the back area. */
export const BACK_MUSCLES: readonly Muscle[] = [];
