-- 0001: clinics, the unit of data isolation. Every later table carries clinic_id.
CREATE TABLE clinics (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  created_at TEXT NOT NULL
);
