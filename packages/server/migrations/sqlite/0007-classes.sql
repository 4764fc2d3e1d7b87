-- 0007: classes (issue 14). A class belongs to one clinic (the school clinic) and has one educator, a
-- staff member of that clinic. Its students are staff accounts of the same clinic. The educator assigns
-- decks (the engine's deck ids, e.g. 'neck:2') with an optional due date. Children reference
-- (clinic_id, class_id) so a row can never point at another clinic's class.
CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  educator_id TEXT NOT NULL REFERENCES users(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (clinic_id, id)
);
CREATE INDEX classes_clinic ON classes (clinic_id, created_at);
CREATE TABLE class_students (
  clinic_id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  user_id TEXT NOT NULL REFERENCES users(id),
  added_by TEXT NOT NULL,
  added_at TEXT NOT NULL,
  PRIMARY KEY (clinic_id, class_id, user_id),
  FOREIGN KEY (clinic_id, class_id) REFERENCES classes (clinic_id, id)
);
CREATE INDEX class_students_user ON class_students (clinic_id, user_id);
CREATE TABLE class_assignments (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  class_id TEXT NOT NULL,
  deck_id TEXT NOT NULL CHECK (length(deck_id) BETWEEN 3 AND 40),
  due_on TEXT CHECK (length(due_on) = 10),
  assigned_by TEXT NOT NULL,
  assigned_at TEXT NOT NULL,
  FOREIGN KEY (clinic_id, class_id) REFERENCES classes (clinic_id, id)
);
CREATE INDEX class_assignments_class ON class_assignments (clinic_id, class_id, assigned_at);
