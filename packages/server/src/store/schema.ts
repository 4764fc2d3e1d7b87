/** Kysely table types shared by both engines. Later features add their tables here (one block each). */
export interface DatabaseSchema {
  clinics: { id: string; name: string; created_at: string };
  schema_migrations: { version: number; name: string; applied_at: string; checksum: string };
  // 0002-accounts
  users: {
    id: string;
    clinic_id: string;
    email: string;
    display_name: string;
    role: string;
    password_hash: string;
    /** TOTP second factor (base32), once confirmed; null when off. */
    totp_secret: string | null;
    /** A TOTP secret shown but not yet confirmed with a code. */
    totp_pending: string | null;
    /** The last TOTP time step accepted (a code is never accepted twice). */
    totp_last_step: number | null;
    disabled_at: string | null;
    version: number;
    created_at: string;
    updated_at: string;
  };
  sessions: {
    id: string;
    clinic_id: string;
    user_id: string;
    token_hash: string;
    csrf_hash: string;
    created_at: string;
    last_seen_at: string;
    expires_at: string;
    revoked_at: string | null;
    ip: string;
  };
  invites: {
    id: string;
    clinic_id: string;
    email: string;
    role: string;
    token_hash: string;
    created_by: string;
    created_at: string;
    expires_at: string;
    accepted_at: string | null;
    revoked_at: string | null;
  };
  audit_log: {
    clinic_id: string;
    seq: number;
    at: string;
    actor_id: string | null;
    action: string;
    outcome: string;
    record_type: string | null;
    record_id: string | null;
    ip: string;
    request_id: string;
    prev_hash: string;
    hash: string;
  };
}
