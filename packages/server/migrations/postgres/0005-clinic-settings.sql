-- 0005: a clinic's own settings (issue 12). One row per clinic, created by the first save; a clinic
-- without a row uses the defaults in code. rating_cap is the highest pressure rating (0–10) the guided
-- hold keeps the client at (clinical-notes §3.1: 7/10 by default, editable per clinic). Row-level
-- security is forced, as on every clinic table (0002–0004).
CREATE TABLE clinic_settings (
  clinic_id TEXT PRIMARY KEY REFERENCES clinics(id),
  rating_cap INTEGER NOT NULL CHECK (rating_cap BETWEEN 3 AND 10),
  version INTEGER NOT NULL CHECK (version >= 1),
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
ALTER TABLE clinic_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinic_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON clinic_settings USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
GRANT SELECT, INSERT, UPDATE ON clinic_settings TO myomap_app;
