/**
 * Kysely row types of migration 0003 (clients and intake), merged into the store's DatabaseSchema
 * so one Kysely instance types every table.
 */
export interface ClientRow {
  id: string;
  clinic_id: string;
  given_name: string;
  family_name: string;
  preferred_name: string | null;
  date_of_birth: string | null;
  phone: string | null;
  email: string | null;
  pronouns: string | null;
  emergency_name: string | null;
  emergency_phone: string | null;
  emergency_relation: string | null;
  sort_key: string;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One folded search word of a client. */
export interface ClientSearchTermRow {
  clinic_id: string;
  client_id: string;
  term: string;
}

/** A consent to treatment. */
export interface ConsentRow {
  id: string;
  clinic_id: string;
  client_id: string;
  consented_on: string;
  consent_text_version: string;
  recorded_by: string;
  recorded_at: string;
  version: number;
}

/** A client's intake: health history (JSON columns) and screen answers. */
export interface IntakeRow {
  client_id: string;
  clinic_id: string;
  conditions_json: string;
  medications_json: string;
  surgeries_json: string;
  pregnancy: string;
  answers_json: string;
  notes: string;
  version: number;
  updated_by: string;
  created_at: string;
  updated_at: string;
}

/** A recorded reason (physician clearance) that lifts a screen block. */
export interface ClearanceRow {
  id: string;
  clinic_id: string;
  client_id: string;
  question_id: string;
  reason: string;
  cleared_on: string;
  cleared_by: string;
  recorded_by: string;
  recorded_at: string;
  version: number;
}

/** The brief screen at a visit. */
export interface RescreenRow {
  id: string;
  clinic_id: string;
  client_id: string;
  visit_on: string;
  changed: number;
  answers_json: string;
  note: string;
  recorded_by: string;
  recorded_at: string;
  version: number;
}

declare module '../../store/schema.ts' {
  interface DatabaseSchema {
    clients: ClientRow;
    client_search_terms: ClientSearchTermRow;
    consents: ConsentRow;
    intakes: IntakeRow;
    clearances: ClearanceRow;
    visit_rescreens: RescreenRow;
  }
}
