-- 0004: treatment visits (issue 12). A visit belongs to one client of one clinic; its four parts
-- (subjective, objective, assessment, plan) are versioned JSON documents validated by the engine's
-- schemas. Palpation findings (with the computed classification, rule version and any override kept
-- side by side), holds and outcome entries are rows of their own. The note is a draft until signed;
-- every saved draft is kept in note_versions; after signing only addenda are added. Children reference
-- (clinic_id, visit_id) so a row can never point at another clinic's visit. Row-level security is
-- forced on every table, as in 0002 and 0003.
CREATE TABLE visits (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  visit_on TEXT NOT NULL CHECK (char_length(visit_on) = 10),
  started_at TEXT COLLATE "C" NOT NULL,
  started_by TEXT NOT NULL,
  from_visit_id TEXT,
  subjective_json TEXT NOT NULL CHECK (char_length(subjective_json) <= 200000),
  objective_json TEXT NOT NULL CHECK (char_length(objective_json) <= 200000),
  assessment_json TEXT NOT NULL CHECK (char_length(assessment_json) <= 50000),
  plan_json TEXT NOT NULL CHECK (char_length(plan_json) <= 50000),
  carried_json TEXT NOT NULL CHECK (char_length(carried_json) <= 10000),
  muscles_json TEXT NOT NULL,
  note_first_line TEXT NOT NULL CHECK (char_length(note_first_line) <= 300),
  signed_at TEXT,
  version INTEGER NOT NULL CHECK (version >= 1),
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (clinic_id, id),
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id)
);
CREATE INDEX visits_timeline ON visits (clinic_id, client_id, started_at, id);
CREATE INDEX visits_unsigned ON visits (clinic_id, signed_at, started_at);
CREATE INDEX visits_day ON visits (clinic_id, visit_on, started_at);
CREATE TABLE palpation_findings (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  visit_id TEXT NOT NULL,
  muscle TEXT NOT NULL CHECK (char_length(muscle) BETWEEN 1 AND 80),
  trigger_point TEXT CHECK (char_length(trigger_point) <= 80),
  side TEXT NOT NULL CHECK (side IN ('l', 'r', 'm')),
  finding_json TEXT NOT NULL CHECK (char_length(finding_json) <= 20000),
  classification TEXT NOT NULL,
  rule_version TEXT NOT NULL,
  computed_json TEXT NOT NULL,
  override_classification TEXT,
  override_reason TEXT CHECK (char_length(override_reason) <= 500),
  override_by TEXT,
  override_at TEXT,
  examiner_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (clinic_id, visit_id) REFERENCES visits (clinic_id, id)
);
CREATE INDEX palpation_findings_visit ON palpation_findings (clinic_id, visit_id, created_at);
CREATE TABLE holds (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  visit_id TEXT NOT NULL,
  muscle TEXT NOT NULL CHECK (char_length(muscle) BETWEEN 1 AND 80),
  hold_json TEXT NOT NULL CHECK (char_length(hold_json) <= 20000),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (clinic_id, visit_id) REFERENCES visits (clinic_id, id)
);
CREATE INDEX holds_visit ON holds (clinic_id, visit_id, recorded_at);
CREATE TABLE outcome_entries (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  visit_id TEXT NOT NULL,
  measure TEXT NOT NULL CHECK (measure IN ('nprs', 'psfs', 'ndi', 'odi')),
  measure_version TEXT NOT NULL,
  answers_json TEXT NOT NULL CHECK (char_length(answers_json) <= 5000),
  score DOUBLE PRECISION NOT NULL,
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (clinic_id, visit_id) REFERENCES visits (clinic_id, id),
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id)
);
CREATE INDEX outcome_entries_visit ON outcome_entries (clinic_id, visit_id);
CREATE INDEX outcome_entries_client ON outcome_entries (clinic_id, client_id, measure, recorded_at);
CREATE TABLE visit_notes (
  visit_id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'signed')),
  sections_json TEXT NOT NULL CHECK (char_length(sections_json) <= 100000),
  version INTEGER NOT NULL CHECK (version >= 1),
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  signed_by TEXT,
  signed_at TEXT,
  FOREIGN KEY (clinic_id, visit_id) REFERENCES visits (clinic_id, id)
);
CREATE INDEX visit_notes_clinic ON visit_notes (clinic_id, visit_id);
CREATE TABLE note_versions (
  clinic_id TEXT NOT NULL,
  visit_id TEXT NOT NULL,
  version INTEGER NOT NULL,
  sections_json TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  PRIMARY KEY (clinic_id, visit_id, version),
  FOREIGN KEY (clinic_id, visit_id) REFERENCES visits (clinic_id, id)
);
CREATE TABLE note_addenda (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  visit_id TEXT NOT NULL,
  text TEXT NOT NULL CHECK (char_length(text) BETWEEN 1 AND 10000),
  author_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (clinic_id, visit_id) REFERENCES visits (clinic_id, id)
);
CREATE INDEX note_addenda_visit ON note_addenda (clinic_id, visit_id, created_at);
ALTER TABLE visits ENABLE ROW LEVEL SECURITY;
ALTER TABLE visits FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON visits USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE palpation_findings ENABLE ROW LEVEL SECURITY;
ALTER TABLE palpation_findings FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON palpation_findings USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE holds ENABLE ROW LEVEL SECURITY;
ALTER TABLE holds FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON holds USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE outcome_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE outcome_entries FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON outcome_entries USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE visit_notes ENABLE ROW LEVEL SECURITY;
ALTER TABLE visit_notes FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON visit_notes USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE note_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE note_versions FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON note_versions USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE note_addenda ENABLE ROW LEVEL SECURITY;
ALTER TABLE note_addenda FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON note_addenda USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
GRANT SELECT, INSERT, UPDATE ON visits, palpation_findings, visit_notes TO myomap_app;
GRANT SELECT, INSERT ON holds, outcome_entries, note_versions, note_addenda TO myomap_app;
