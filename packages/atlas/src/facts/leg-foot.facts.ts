import type { AtlasFact } from './fact-types.ts';

/** Textbook facts for the leg-foot muscles. */
export const LEG_FOOT_FACTS: readonly AtlasFact[] = [];
