import type { Action } from '../../access/access-table.ts';

/**
 * The access action each visit route declares (roles live in the one access table). Visits and
 * their notes are clinical: front desk and students may neither read nor write them.
 */
export const VISIT_ACCESS = {
  start: 'visits.write',
  timeline: 'visits.read',
  today: 'visits.read',
  read: 'visits.read',
  editPart: 'visits.write',
  finding: 'visits.write',
  hold: 'visits.write',
  outcome: 'visits.write',
  draft: 'visits.read',
  editNote: 'visits.write',
  noteVersions: 'visits.read',
  sign: 'notes.sign',
  addendum: 'notes.sign',
} as const satisfies Record<string, Action>;
