/** Kysely row type of migration 0005 (clinic settings), merged into the store's DatabaseSchema. */
export interface ClinicSettingsRow {
  clinic_id: string;
  /** The highest pressure rating (0–10) the guided hold keeps the client at. */
  rating_cap: number;
  version: number;
  updated_by: string;
  updated_at: string;
}

declare module '../../store/schema.ts' {
  interface DatabaseSchema {
    clinic_settings: ClinicSettingsRow;
  }
}
