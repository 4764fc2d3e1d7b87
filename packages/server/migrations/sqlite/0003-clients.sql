-- 0003: clients and intake. Every table carries clinic_id; children reference (clinic_id, client_id)
-- so a row can never point at another clinic's client. client_search_terms holds folded (lower-case,
-- accent-free) name words, email, phone digits and date of birth for indexed prefix search.
CREATE TABLE clients (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  given_name TEXT NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name TEXT NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  preferred_name TEXT CHECK (length(preferred_name) <= 100),
  date_of_birth TEXT CHECK (length(date_of_birth) = 10),
  phone TEXT CHECK (length(phone) <= 40),
  email TEXT CHECK (length(email) <= 254),
  pronouns TEXT CHECK (length(pronouns) <= 40),
  emergency_name TEXT CHECK (length(emergency_name) <= 200),
  emergency_phone TEXT CHECK (length(emergency_phone) <= 40),
  emergency_relation TEXT CHECK (length(emergency_relation) <= 60),
  sort_key TEXT NOT NULL,
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
  term TEXT NOT NULL CHECK (length(term) BETWEEN 1 AND 254),
  PRIMARY KEY (clinic_id, term, client_id),
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id) ON DELETE CASCADE
);
CREATE INDEX client_search_terms_client ON client_search_terms (clinic_id, client_id);
CREATE TABLE consents (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL,
  client_id TEXT NOT NULL,
  consented_on TEXT NOT NULL CHECK (length(consented_on) = 10),
  consent_text_version TEXT NOT NULL CHECK (length(consent_text_version) BETWEEN 1 AND 40),
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
  notes TEXT NOT NULL CHECK (length(notes) <= 4000),
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
  question_id TEXT NOT NULL CHECK (length(question_id) BETWEEN 1 AND 80),
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
  cleared_on TEXT NOT NULL CHECK (length(cleared_on) = 10),
  cleared_by TEXT NOT NULL CHECK (length(cleared_by) BETWEEN 1 AND 200),
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
  visit_on TEXT NOT NULL CHECK (length(visit_on) = 10),
  changed INTEGER NOT NULL CHECK (changed IN (0, 1)),
  answers_json TEXT NOT NULL,
  note TEXT NOT NULL CHECK (length(note) <= 2000),
  recorded_by TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  FOREIGN KEY (clinic_id, client_id) REFERENCES clients (clinic_id, id)
);
CREATE INDEX visit_rescreens_client ON visit_rescreens (clinic_id, client_id, recorded_at);
