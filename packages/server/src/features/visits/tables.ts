/** Kysely row types of migration 0004 (visits), merged into the store's DatabaseSchema. */
export interface VisitRow {
  id: string;
  clinic_id: string;
  client_id: string;
  visit_on: string;
  started_at: string;
  started_by: string;
  from_visit_id: string | null;
  subjective_json: string;
  objective_json: string;
  assessment_json: string;
  plan_json: string;
  /** What the previous visit's plan asked to re-check, and the home care given then. */
  carried_json: string;
  /** Muscles treated (from the holds), for the timeline. */
  muscles_json: string;
  note_first_line: string;
  signed_at: string | null;
  version: number;
  updated_by: string;
  updated_at: string;
}

/** One palpated site with its computed classification and any override. */
export interface PalpationFindingRow {
  id: string;
  clinic_id: string;
  visit_id: string;
  muscle: string;
  trigger_point: string | null;
  side: string;
  finding_json: string;
  classification: string;
  rule_version: string;
  computed_json: string;
  override_classification: string | null;
  override_reason: string | null;
  override_by: string | null;
  override_at: string | null;
  examiner_id: string;
  version: number;
  created_at: string;
  updated_at: string;
}

/** One logged guided hold. */
export interface HoldRow {
  id: string;
  clinic_id: string;
  visit_id: string;
  muscle: string;
  hold_json: string;
  recorded_by: string;
  recorded_at: string;
  version: number;
}

/** One outcome measure entry (raw answers and the computed score). */
export interface OutcomeEntryRow {
  id: string;
  clinic_id: string;
  client_id: string;
  visit_id: string;
  measure: string;
  measure_version: string;
  answers_json: string;
  score: number;
  recorded_by: string;
  recorded_at: string;
  version: number;
}

/** The visit's note: draft until signed. */
export interface VisitNoteRow {
  visit_id: string;
  clinic_id: string;
  status: string;
  sections_json: string;
  version: number;
  updated_by: string;
  updated_at: string;
  signed_by: string | null;
  signed_at: string | null;
}

/** Every saved version of a note. */
export interface NoteVersionRow {
  clinic_id: string;
  visit_id: string;
  version: number;
  sections_json: string;
  saved_by: string;
  saved_at: string;
}

/** A correction added after signing. */
export interface NoteAddendumRow {
  id: string;
  clinic_id: string;
  visit_id: string;
  text: string;
  author_id: string;
  created_at: string;
  version: number;
}

declare module '../../store/schema.ts' {
  interface DatabaseSchema {
    visits: VisitRow;
    palpation_findings: PalpationFindingRow;
    holds: HoldRow;
    outcome_entries: OutcomeEntryRow;
    visit_notes: VisitNoteRow;
    note_versions: NoteVersionRow;
    note_addenda: NoteAddendumRow;
  }
}
