-- 0002: accounts. Users, sessions (token hashes only), one-time invites and the append-only,
-- hash-chained audit log. Every clinic table has row-level security FORCED; the app works as the
-- role myomap_app, which owns nothing and sees only rows of the clinic set per transaction
-- (set_config('app.clinic_id', …, true)). Unset clinic: the policies match nothing.
DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'myomap_app') THEN CREATE ROLE myomap_app NOLOGIN NOSUPERUSER NOBYPASSRLS; END IF; EXCEPTION WHEN others THEN NULL; END $$;
DO $$ BEGIN EXECUTE 'GRANT myomap_app TO ' || quote_ident(current_user); EXCEPTION WHEN others THEN NULL; END $$;
DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO myomap_app', current_schema()); END $$;
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  email TEXT NOT NULL UNIQUE CHECK (char_length(email) BETWEEN 3 AND 254),
  display_name TEXT NOT NULL CHECK (char_length(display_name) BETWEEN 1 AND 200),
  role TEXT NOT NULL CHECK (role IN ('owner', 'therapist', 'front-desk', 'student')),
  password_hash TEXT NOT NULL,
  totp_secret TEXT,
  totp_pending TEXT,
  totp_last_step INTEGER,
  disabled_at TEXT,
  version INTEGER NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX users_clinic ON users (clinic_id, created_at);
CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  user_id TEXT NOT NULL REFERENCES users(id),
  token_hash TEXT NOT NULL UNIQUE,
  csrf_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  ip TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (clinic_id, user_id);
CREATE TABLE invites (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  email TEXT NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254),
  role TEXT NOT NULL CHECK (role IN ('owner', 'therapist', 'front-desk', 'student')),
  token_hash TEXT NOT NULL UNIQUE,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  accepted_at TEXT,
  revoked_at TEXT
);
CREATE INDEX invites_clinic ON invites (clinic_id, created_at);
CREATE TABLE audit_log (
  clinic_id TEXT NOT NULL REFERENCES clinics(id),
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('ok', 'denied', 'failed')),
  record_type TEXT,
  record_id TEXT,
  ip TEXT NOT NULL,
  request_id TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (clinic_id, seq)
);
ALTER TABLE clinics ENABLE ROW LEVEL SECURITY;
ALTER TABLE clinics FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON clinics USING (id = current_setting('app.clinic_id', true) OR current_setting('app.all_clinics', true) = 'on') WITH CHECK (id = current_setting('app.clinic_id', true));
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE users FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON users USING (clinic_id = current_setting('app.clinic_id', true) OR email = current_setting('app.login_email', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON sessions USING (clinic_id = current_setting('app.clinic_id', true) OR token_hash = current_setting('app.session_token_hash', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE invites ENABLE ROW LEVEL SECURITY;
ALTER TABLE invites FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON invites USING (clinic_id = current_setting('app.clinic_id', true) OR token_hash = current_setting('app.invite_token_hash', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log FORCE ROW LEVEL SECURITY;
CREATE POLICY clinic_own ON audit_log USING (clinic_id = current_setting('app.clinic_id', true)) WITH CHECK (clinic_id = current_setting('app.clinic_id', true));
GRANT SELECT, INSERT, UPDATE ON clinics TO myomap_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, sessions, invites TO myomap_app;
GRANT SELECT, INSERT ON audit_log TO myomap_app;
