import type { Action } from '../../access/access-table.ts';

/**
 * The access action each practice route declares (roles live in the one access table). Every staff
 * member practises; a learner's reviews are read and written only through their own session, so no
 * route takes another user's id.
 */
export const PRACTICE_ACCESS = {
  sync: 'practice.write',
  reviews: 'practice.read',
  progress: 'practice.read',
} as const satisfies Record<string, Action>;
