import type { AtlasFact } from './fact-types.ts';

/** Textbook facts for the trunk muscles. */
export const TRUNK_FACTS: readonly AtlasFact[] = [];
