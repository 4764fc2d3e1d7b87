-- 0003: clients and intake. Every table carries clinic_id; children reference (clinic_id, client_id)
-- so a row can never point at another clinic's client. client_search_terms holds folded (lower-case,
-- accent-free) name words, email, phone digits and date of birth for indexed prefix search (COLLATE "C"
-- so a range scan is a byte-wise prefix match). Row-level security is forced on every table, as in 0002.
CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  given_name TEXT NOT NULL CHECK (char_length(given_name) BETWEEN 1 AND 100),
  family_name TEXT NOT NULL CHECK (char_length(family_name) BETWEEN 1 AND 100),
  preferred_name TEXT CHECK (char_length(preferred_name) <= 100),
  date_of_birth TEXT CHECK (char_length(date_of_birth) = 10),
  phone TEXT CHECK (char_length(phone) <= 40),
  email TEXT CHECK (char_length(email) <= 254),
  pronouns TEXT CHECK (char_length(pronouns) <= 40),
  emergency_name TEXT CHECK (char_length(emergency_name) <= 200),
  emergency_phone TEXT CHECK (char_length(emergency_phone) <= 40),
  emergency_relation TEXT CHECK (char_length(emergency_relation) <= 60),
  sort_key TEXT COLLATE "C" NOT NULL,
  archived_at TEXT,
  version INTEGER NOT NULL CHECK (version >= 1),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (clinic_id, id)
);
CREATE INDEX clients_clinic_sort ON clients (clinic_id, sort_key, id);
CREATE TABLE client_search_terms (
  clinic_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  term TEXT COLLATE "C" NOT NULL CHECK (char_length(term) BETWEEN 1 AND 254),
  PRIMARY KEY (clinic_id, term, client_id),
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX client_search_terms_client ON client_search_terms (clinic_id, client_id);
CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  consented_on TEXT NOT NULL CHECK (char_length(consented_on) = 10),
  consent_text_version TEXT NOT NULL CHECK (char_length(consent_text_version) BETWEEN 1 AND 40),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id)
);
CREATE INDEX consents_client ON consents (clinic_id, client_id, recorded_at);
CREATE TABLE intakes (
  client_id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  conditions_json TEXT NOT NULL,
  medications_json TEXT NOT NULL,
  surgeries_json TEXT NOT NULL,
  pregnancy TEXT NOT NULL CHECK (pregnancy IN ('no', 'yes', 'not-applicable', 'unknown')),
  answers_json TEXT NOT NULL,
  notes TEXT NOT NULL CHECK (char_length(notes) <= 4000),
  version INTEGER NOT NULL CHECK (version >= 1),
  updated_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id)
);
CREATE INDEX intakes_clinic ON intakes (clinic_id, client_id);
CREATE TABLE clearances (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  question_id TEXT NOT NULL CHECK (char_length(question_id) BETWEEN 1 AND 80),
  reason TEXT NOT NULL CHECK (char_length(reason) BETWEEN 1 AND 1000),
  cleared_on TEXT NOT NULL CHECK (char_length(cleared_on) = 10),
  cleared_by TEXT NOT NULL CHECK (char_length(cleared_by) BETWEEN 1 AND 200),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id)
);
CREATE INDEX clearances_client ON clearances (clinic_id, client_id, recorded_at);
CREATE TABLE visit_rescreens (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  visit_on TEXT NOT NULL CHECK (char_length(visit_on) = 10),
  changed INTEGER NOT NULL CHECK (changed IN (0, 1)),
  answers_json TEXT NOT NULL,
  note TEXT NOT NULL CHECK (char_length(note) <= 2000),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id)
);
CREATE INDEX visit_rescreens_client ON visit_rescreens (clinic_id, client_id, recorded_at);
ALTER TABLE clients ENABLE ROW LEVEL SECURITY;
ALTER TABLE clients FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON clients USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE client_search_terms ENABLE ROW LEVEL SECURITY;
ALTER TABLE client_search_terms FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON client_search_terms USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
ALTER TABLE consents FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON consents USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE intakes ENABLE ROW LEVEL SECURITY;
ALTER TABLE intakes FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON intakes USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE clearances ENABLE ROW LEVEL SECURITY;
ALTER TABLE clearances FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON clearances USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE visit_rescreens ENABLE ROW LEVEL SECURITY;
ALTER TABLE visit_rescreens FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON visit_rescreens USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
GRANT SELECT, INSERT, UPDATE ON clients, intakes TO myomap_app;
GRANT SELECT, INSERT, DELETE ON client_search_terms TO myomap_app;
GRANT SELECT, INSERT ON consents, clearances, visit_rescreens TO myomap_app;
