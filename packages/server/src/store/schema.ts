/** Kysely table types shared by both engines. */
export interface DatabaseSchema {
  clinics: { id: string; name: string; created_at: string };
  schema_migrations: { version: number; name: string; applied_at: string; checksum: string };
}
