-- 0007: classes (issue 14). A class belongs to one clinic (the school clinic) and has one educator, a
-- staff member of that clinic. Its students are staff accounts of the same clinic. The educator assigns
-- decks (the engine's deck ids, e.g. 'neck:2') with an optional due date. Children reference
-- (clinic_id, class_id) so a row can never point at another clinic's class. Row-level security is
-- forced on every table, as in 0002-0006.
CREATE TABLE classes (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  name TEXT NOT NULL CHECK (char_length(name) BETWEEN 1 AND 100),
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
  deck_id TEXT NOT NULL CHECK (char_length(deck_id) BETWEEN 3 AND 40),
  due_on TEXT CHECK (char_length(due_on) = 10),
  assigned_by TEXT NOT NULL,
  assigned_at TEXT NOT NULL,
  FOREIGN KEY (clinic_id, class_id) REFERENCES classes (clinic_id, id)
);
CREATE INDEX class_assignments_class ON class_assignments (clinic_id, class_id, assigned_at);
ALTER TABLE classes ENABLE ROW LEVEL SECURITY;
ALTER TABLE classes FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON classes USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE class_students ENABLE ROW LEVEL SECURITY;
ALTER TABLE class_students FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON class_students USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE class_assignments ENABLE ROW LEVEL SECURITY;
ALTER TABLE class_assignments FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON class_assignments USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
GRANT SELECT, INSERT, UPDATE ON classes TO myomap_app;
GRANT SELECT, INSERT, DELETE ON class_students TO myomap_app;
GRANT SELECT, INSERT ON class_assignments TO myomap_app;
