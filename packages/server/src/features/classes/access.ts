import type { Action } from '../../access/access-table.ts';

/**
 * The access action each class route declares (roles live in the one access table). The owner makes
 * classes, names each one's educator and adds students; teaching (assigning decks, reading students'
 * progress) is for owners and therapists, and the repository lets a therapist teach only the classes
 * they are the educator of. Everyone reads their own assignments.
 */
export const CLASS_ACCESS = {
  create: 'classes.manage',
  addStudent: 'classes.manage',
  list: 'classes.teach',
  read: 'classes.teach',
  assign: 'classes.teach',
  progress: 'classes.teach',
  myAssignments: 'practice.read',
} as const satisfies Record<string, Action>;
