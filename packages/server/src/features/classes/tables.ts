/**
 * Kysely row types of migration 0007 (classes), merged into the store's DatabaseSchema so one Kysely
 * instance types every table.
 */
export interface ClassRow {
  id: string;
  clinic_id: string;
  name: string;
  educator_id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A staff account learning in a class. */
export interface ClassStudentRow {
  clinic_id: string;
  class_id: string;
  user_id: string;
  added_by: string;
  added_at: string;
}

/** A deck assigned to a class, with an optional due date. */
export interface ClassAssignmentRow {
  id: string;
  clinic_id: string;
  class_id: string;
  deck_id: string;
  due_on: string | null;
  assigned_by: string;
  assigned_at: string;
}

declare module '../../store/schema.ts' {
  interface DatabaseSchema {
    classes: ClassRow;
    class_students: ClassStudentRow;
    class_assignments: ClassAssignmentRow;
  }
}
