import type { AtlasFact } from './fact-types.ts';

/** Textbook facts for the head-neck muscles. */
export const HEAD_NECK_FACTS: readonly AtlasFact[] = [];
