import { getJson, sendJson } from './client.ts';

/**
 * The typed client of the classes API (packages/server/src/features/classes). Shapes mirror the
 * server's zod reply schemas.
 */

/** Every path this client calls (a server test checks each is in the OpenAPI document). */
export const CLASSES_API_PATHS = [
  'GET /api/classes',
  'POST /api/classes',
  'GET /api/classes/{id}',
  'POST /api/classes/{id}/students',
  'POST /api/classes/{id}/assignments',
  'GET /api/classes/{id}/progress',
  'GET /api/practice/assignments',
] as const;

/** A class. */
export interface ClassInfo {
  id: string;
  name: string;
  educatorId: string;
  educatorName: string;
  students: number;
  createdAt: string;
}

/** A deck assigned to a class. */
export interface Assignment {
  id: string;
  classId: string;
  className: string;
  deckId: string;
  dueOn: string | null;
  assignedAt: string;
}

/** A class with its students and assignments. */
export interface ClassPage {
  class: ClassInfo;
  students: { id: string; displayName: string; role: string }[];
  assignments: Assignment[];
}

/** Reviews, accuracy and retention of one group of cards. */
export interface AreaTally {
  reviews: number;
  /** Reviews of cards seen before (retention is over these; none: no retention yet). */
  repeats: number;
  accuracy: number;
  retention: number;
}

/** One student's progress. */
export interface StudentProgress extends AreaTally {
  id: string;
  displayName: string;
  lastReviewAt: number | null;
  byArea: Partial<Record<string, AreaTally>>;
}

const path = (id: string, rest = ''): string => `/api/classes/${encodeURIComponent(id)}${rest}`;

/** The classes the caller teaches. */
export const listClasses = (): Promise<ClassInfo[]> => getJson('/api/classes');
/** Makes a class. */
export const createClass = (name: string, educatorId: string): Promise<ClassInfo> =>
  sendJson('POST', '/api/classes', { name, educatorId });
/** A class page. */
export const getClass = (id: string): Promise<ClassPage> => getJson(path(id));
/** Adds a student. */
export const addStudent = (id: string, userId: string): Promise<ClassPage> =>
  sendJson('POST', path(id, '/students'), { userId });
/** Assigns a deck. */
export const assignDeck = (id: string, deckId: string, dueOn: string | null): Promise<Assignment> =>
  sendJson('POST', path(id, '/assignments'), { deckId, dueOn });
/** Each student's progress. */
export const classProgress = (id: string): Promise<{ students: StudentProgress[] }> =>
  getJson(path(id, '/progress'));
/** The decks assigned to the caller. */
export const myAssignments = (): Promise<{ assignments: Assignment[] }> =>
  getJson('/api/practice/assignments');
