import { loadAtlas } from '@myomap/atlas';
import {
  ageOn,
  awayPatterns,
  classificationView,
  classifyFinding,
  compareOutcome,
  EMPTY_VISIT_PARTS,
  OUTCOME_MEASURES,
  rankSources,
  scoreOutcome,
  type AwayPattern,
  type ClassificationOverride,
  type HoldEntry,
  type Objective,
  type OutcomeEntry,
  type OutcomeMeasureId,
  type PalpationFinding,
  type Plan,
  type StoredFindingInput,
  type Subjective,
} from '@myomap/engine';
import { AppError } from '../../errors.ts';
import type { ScopedTx, StoreDeps } from '../../store/store.ts';
import { fieldError } from '../auth/http-helpers.ts';
import { getClient, staleEdit } from '../clients/repository.ts';
import { getClinicSettings } from '../clinic-settings/repository.ts';
import type { Finding, Hold, Note, NoteSections, Outcome, Visit, VisitPart } from './schema.ts';
import type { NoteVersionRow, PalpationFindingRow, VisitNoteRow, VisitRow } from './tables.ts';
import './tables.ts';

/**
 * Visits of one clinic's clients. Every query filters by the clinic (and PostgreSQL's row-level
 * security repeats it); another clinic's visit is simply not found. Edits carry the version read.
 */

const json = (value: unknown): string => JSON.stringify(value);
const parse = <T>(text: string): T => JSON.parse(text) as T;
const EMPTY_NOTE: NoteSections = { subjective: '', objective: '', assessment: '', plan: '' };

function toVisit(row: VisitRow): Visit {
  return {
    id: row.id,
    clientId: row.client_id,
    visitOn: row.visit_on,
    startedAt: row.started_at,
    startedBy: row.started_by,
    fromVisitId: row.from_visit_id,
    subjective: parse(row.subjective_json),
    objective: parse(row.objective_json),
    assessment: parse(row.assessment_json),
    plan: parse(row.plan_json),
    carried: parse(row.carried_json),
    signedAt: row.signed_at,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

async function visitRow(tx: ScopedTx, clinicId: string, id: string): Promise<VisitRow> {
  const row = await tx
    .selectFrom('visits')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) throw AppError.notFound('The visit');
  return row;
}

/** The visit with this id in this clinic; 404 otherwise. */
export async function getVisit(tx: ScopedTx, clinicId: string, id: string): Promise<Visit> {
  return toVisit(await visitRow(tx, clinicId, id));
}

/** 409 for a change to a signed visit: corrections are addenda. */
export function signedLocked(): AppError {
  return new AppError(
    'conflict',
    409,
    'This visit’s note is signed and locked; add an addendum to correct it',
    { signed: true },
  );
}

async function lastVisitOf(tx: ScopedTx, clinicId: string, clientId: string, before?: string) {
  let q = tx
    .selectFrom('visits')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId);
  if (before !== undefined) q = q.where('started_at', '<', before);
  return q.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/**
 * Starts a visit for a client. The last visit's "next time" plan is carried in; with `fromLast` its
 * drawing and plan are copied in as a draft too. The note starts as an empty draft (version 1).
 */
export async function startVisit(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  clientId: string,
  input: { visitOn: string; fromLast: boolean },
  userId: string,
): Promise<Visit> {
  await getClient(tx, clinicId, clientId);
  const last = await lastVisitOf(tx, clinicId, clientId);
  const lastPlan = last === undefined ? undefined : parse<Plan>(last.plan_json);
  const now = deps.now();
  const subjective: Subjective =
    input.fromLast && last !== undefined
      ? { ...EMPTY_VISIT_PARTS.subjective, drawing: parse<Subjective>(last.subjective_json).drawing }
      : EMPTY_VISIT_PARTS.subjective;
  const row: VisitRow = {
    id: deps.newId(),
    clinic_id: clinicId,
    client_id: clientId,
    visit_on: input.visitOn,
    started_at: now,
    started_by: userId,
    from_visit_id: input.fromLast && last !== undefined ? last.id : null,
    subjective_json: json(subjective),
    objective_json: json(EMPTY_VISIT_PARTS.objective),
    assessment_json: json(EMPTY_VISIT_PARTS.assessment),
    plan_json: json(input.fromLast && lastPlan !== undefined ? lastPlan : EMPTY_VISIT_PARTS.plan),
    carried_json: json({
      fromVisitId: last?.id ?? null,
      recheck: lastPlan?.nextTime.recheck ?? '',
      homeCare: lastPlan?.nextTime.homeCare ?? '',
      selfCare: lastPlan?.selfCare ?? [],
    }),
    muscles_json: '[]',
    note_first_line: '',
    signed_at: null,
    version: 1,
    updated_by: userId,
    updated_at: now,
  };
  await tx.insertInto('visits').values(row).execute();
  await tx
    .insertInto('visit_notes')
    .values({
      visit_id: row.id,
      clinic_id: clinicId,
      status: 'draft',
      sections_json: json(EMPTY_NOTE),
      version: 1,
      updated_by: userId,
      updated_at: now,
      signed_by: null,
      signed_at: null,
    })
    .execute();
  await tx
    .insertInto('note_versions')
    .values({
      clinic_id: clinicId,
      visit_id: row.id,
      version: 1,
      sections_json: json(EMPTY_NOTE),
      saved_by: userId,
      saved_at: now,
    })
    .execute();
  return toVisit(row);
}

const PART_COLUMN = {
  subjective: 'subjective_json',
  objective: 'objective_json',
  assessment: 'assessment_json',
  plan: 'plan_json',
} as const satisfies Record<VisitPart, keyof VisitRow>;

/** Replaces one part of an unsigned visit if `version` is the stored one (409 otherwise). */
export async function updatePart(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  id: string,
  part: VisitPart,
  version: number,
  data: unknown,
  userId: string,
): Promise<Visit> {
  const row = await visitRow(tx, clinicId, id);
  if (row.signed_at !== null) throw signedLocked();
  const result = await tx
    .updateTable('visits')
    .set({
      [PART_COLUMN[part]]: json(data),
      version: version + 1,
      updated_by: userId,
      updated_at: deps.now(),
    })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .where('version', '=', version)
    .where('signed_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const now = await visitRow(tx, clinicId, id);
    if (now.signed_at !== null) throw signedLocked();
    throw staleEdit('visit', Number(now.version));
  }
  return getVisit(tx, clinicId, id);
}

function toFinding(row: PalpationFindingRow): Finding {
  const finding = parse<PalpationFinding>(row.finding_json);
  const computed = parse<Finding['computed']>(row.computed_json);
  const override =
    row.override_classification === null
      ? null
      : {
          classification: row.override_classification as Finding['effective'],
          reason: row.override_reason ?? '',
          by: row.override_by ?? '',
          at: row.override_at ?? '',
        };
  return {
    id: row.id,
    visitId: row.visit_id,
    finding,
    computed,
    override,
    effective: classificationView(computed, override).effective,
    examinerId: row.examiner_id,
    version: Number(row.version),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function findingColumns(
  input: StoredFindingInput,
  userId: string,
  now: string,
  previous?: PalpationFindingRow,
) {
  const { override, ...finding } = input;
  const computed = classifyFinding(finding);
  const sameOverride =
    previous !== undefined &&
    override !== null &&
    previous.override_classification === override.classification &&
    previous.override_reason === override.reason;
  return {
    muscle: finding.muscle,
    trigger_point: finding.triggerPoint,
    side: finding.side,
    finding_json: json(finding),
    classification: computed.classification,
    rule_version: computed.ruleVersion,
    computed_json: json(computed),
    override_classification: override?.classification ?? null,
    override_reason: override?.reason ?? null,
    override_by: override === null ? null : sameOverride ? previous.override_by : userId,
    override_at: override === null ? null : sameOverride ? previous.override_at : now,
  };
}

async function unsignedVisit(tx: ScopedTx, clinicId: string, visitId: string): Promise<VisitRow> {
  const row = await visitRow(tx, clinicId, visitId);
  if (row.signed_at !== null) throw signedLocked();
  return row;
}

/** Records a palpation finding; the rule classifies it and any override is kept beside. */
export async function addFinding(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  visitId: string,
  input: StoredFindingInput,
  userId: string,
): Promise<Finding> {
  await unsignedVisit(tx, clinicId, visitId);
  const now = deps.now();
  const row: PalpationFindingRow = {
    id: deps.newId(),
    clinic_id: clinicId,
    visit_id: visitId,
    ...findingColumns(input, userId, now),
    examiner_id: userId,
    version: 1,
    created_at: now,
    updated_at: now,
  };
  await tx.insertInto('palpation_findings').values(row).execute();
  return toFinding(row);
}

async function findingRow(tx: ScopedTx, clinicId: string, visitId: string, id: string) {
  const row = await tx
    .selectFrom('palpation_findings')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (row === undefined) throw AppError.notFound('The finding');
  return row;
}

/** Edits a finding (and its override) if `version` is the stored one; reclassifies it. */
export async function updateFinding(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  visitId: string,
  id: string,
  version: number,
  input: StoredFindingInput,
  userId: string,
): Promise<Finding> {
  await unsignedVisit(tx, clinicId, visitId);
  const previous = await findingRow(tx, clinicId, visitId, id);
  const now = deps.now();
  const result = await tx
    .updateTable('palpation_findings')
    .set({ ...findingColumns(input, userId, now, previous), version: version + 1, updated_at: now })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw staleEdit('finding', Number(previous.version));
  return toFinding(await findingRow(tx, clinicId, visitId, id));
}

/** The findings of a visit, in the order recorded. */
export async function listFindings(tx: ScopedTx, clinicId: string, visitId: string): Promise<Finding[]> {
  const rows = await tx
    .selectFrom('palpation_findings')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.map(toFinding);
}

const peakOf = (h: HoldEntry): number | null =>
  h.ratings.reduce<number | null>((m, r) => (m === null || r.rating > m ? r.rating : m), null);

/** Logs a guided hold and adds its muscle to the visit's treated muscles. */
export async function addHold(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  visitId: string,
  hold: HoldEntry,
  userId: string,
): Promise<Hold> {
  const visit = await unsignedVisit(tx, clinicId, visitId);
  const now = deps.now();
  const id = deps.newId();
  await tx
    .insertInto('holds')
    .values({
      id,
      clinic_id: clinicId,
      visit_id: visitId,
      muscle: hold.muscle,
      hold_json: json(hold),
      recorded_by: userId,
      recorded_at: now,
      version: 1,
    })
    .execute();
  const muscles = parse<string[]>(visit.muscles_json);
  if (!muscles.includes(hold.muscle))
    await tx
      .updateTable('visits')
      .set({ muscles_json: json([...muscles, hold.muscle]) })
      .where('clinic_id', '=', clinicId)
      .where('id', '=', visitId)
      .execute();
  return { id, hold, peakRating: peakOf(hold), recordedBy: userId, recordedAt: now };
}

/** The holds of a visit, in the order logged. */
export async function listHolds(tx: ScopedTx, clinicId: string, visitId: string): Promise<Hold[]> {
  const rows = await tx
    .selectFrom('holds')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .orderBy('recorded_at')
    .orderBy('id')
    .limit(200)
    .execute();
  return rows.map((r) => {
    const hold = parse<HoldEntry>(r.hold_json);
    return { id: r.id, hold, peakRating: peakOf(hold), recordedBy: r.recorded_by, recordedAt: r.recorded_at };
  });
}

/** Scores and stores an outcome entry; an answer set the measure cannot score is a 400 naming why. */
export async function addOutcome(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  visitId: string,
  entry: OutcomeEntry,
  userId: string,
): Promise<Outcome> {
  const visit = await unsignedVisit(tx, clinicId, visitId);
  const scored = scoreOutcome(entry.measure, entry.answers);
  if (!scored.ok) throw fieldError('answers', scored.problem);
  const id = deps.newId();
  const now = deps.now();
  await tx
    .insertInto('outcome_entries')
    .values({
      id,
      clinic_id: clinicId,
      client_id: visit.client_id,
      visit_id: visitId,
      measure: entry.measure,
      measure_version: OUTCOME_MEASURES[entry.measure].version,
      answers_json: json({ answers: entry.answers, labels: entry.labels }),
      score: scored.score,
      recorded_by: userId,
      recorded_at: now,
      version: 1,
    })
    .execute();
  const [outcome] = await listOutcomes(tx, clinicId, visitId, [id]);
  if (outcome === undefined) throw new Error('outcome entry vanished');
  return outcome;
}

/** The outcome entries of a visit, each with its change from the client's previous entry. */
export async function listOutcomes(
  tx: ScopedTx,
  clinicId: string,
  visitId: string,
  only?: readonly string[],
): Promise<Outcome[]> {
  let q = tx
    .selectFrom('outcome_entries')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId);
  if (only !== undefined) q = q.where('id', 'in', only);
  const rows = await q.orderBy('recorded_at').orderBy('id').limit(50).execute();
  const out: Outcome[] = [];
  for (const r of rows) {
    const measure = r.measure as OutcomeMeasureId;
    const prev = await tx
      .selectFrom('outcome_entries')
      .select(['score'])
      .where('clinic_id', '=', clinicId)
      .where('client_id', '=', r.client_id)
      .where('measure', '=', measure)
      .where('visit_id', '!=', visitId)
      .where('recorded_at', '<', r.recorded_at)
      .orderBy('recorded_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    const stored = parse<{ answers: (number | null)[]; labels: string[] }>(r.answers_json);
    const change = prev === undefined ? null : compareOutcome(measure, Number(prev.score), Number(r.score));
    out.push({
      id: r.id,
      measure,
      measureVersion: r.measure_version,
      answers: stored.answers,
      labels: stored.labels,
      score: Number(r.score),
      recordedAt: r.recorded_at,
      change:
        change === null
          ? null
          : {
              from: change.from,
              change: change.change,
              percent: change.percent,
              direction: change.direction,
              meaningful: change.meaningful,
              threshold: change.threshold,
            },
    });
  }
  return out;
}

async function noteRow(tx: ScopedTx, clinicId: string, visitId: string): Promise<VisitNoteRow> {
  const row = await tx
    .selectFrom('visit_notes')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .executeTakeFirst();
  if (row === undefined) throw AppError.notFound('The visit');
  return row;
}

/** The visit's note with its addenda (oldest first). */
export async function getNote(tx: ScopedTx, clinicId: string, visitId: string): Promise<Note> {
  const row = await noteRow(tx, clinicId, visitId);
  const addenda = await tx
    .selectFrom('note_addenda')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(200)
    .execute();
  return {
    ...parse<NoteSections>(row.sections_json),
    status: row.status as Note['status'],
    version: Number(row.version),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
    signedBy: row.signed_by,
    signedAt: row.signed_at,
    addenda: addenda.map((a) => ({ id: a.id, text: a.text, authorId: a.author_id, createdAt: a.created_at })),
  };
}

const firstLine = (s: NoteSections): string =>
  (
    [s.subjective, s.objective, s.assessment, s.plan]
      .map((x) => x.trim())
      .find((x) => x !== '')
      ?.split(/\r?\n|(?<=\.)\s/)[0] ?? ''
  ).slice(0, 300);

/**
 * Saves a new version of an unsigned note if `version` is the stored one. Every version is kept;
 * of concurrent saves from one version exactly one wins, the rest get 409 with the current version.
 */
export async function saveNote(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  visitId: string,
  version: number,
  sections: NoteSections,
  userId: string,
): Promise<Note> {
  const now = deps.now();
  const result = await tx
    .updateTable('visit_notes')
    .set({ sections_json: json(sections), version: version + 1, updated_by: userId, updated_at: now })
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const current = await noteRow(tx, clinicId, visitId);
    if (current.status === 'signed') throw signedLocked();
    throw staleEdit('note', Number(current.version));
  }
  await tx
    .insertInto('note_versions')
    .values({
      clinic_id: clinicId,
      visit_id: visitId,
      version: version + 1,
      sections_json: json(sections),
      saved_by: userId,
      saved_at: now,
    })
    .execute();
  await tx
    .updateTable('visits')
    .set({ note_first_line: firstLine(sections) })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', visitId)
    .execute();
  return getNote(tx, clinicId, visitId);
}

/** Signs the note at `version`: it and the visit are locked from then on. */
export async function signNote(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  visitId: string,
  version: number,
  userId: string,
): Promise<Note> {
  const now = deps.now();
  const result = await tx
    .updateTable('visit_notes')
    .set({ status: 'signed', signed_by: userId, signed_at: now })
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const current = await noteRow(tx, clinicId, visitId);
    if (current.status === 'signed') throw signedLocked();
    throw staleEdit('note', Number(current.version));
  }
  await tx
    .updateTable('visits')
    .set({ signed_at: now })
    .where('clinic_id', '=', clinicId)
    .where('id', '=', visitId)
    .execute();
  return getNote(tx, clinicId, visitId);
}

/** Adds a correction to a signed note, with its author and time (an unsigned note is edited instead). */
export async function addAddendum(
  tx: ScopedTx,
  deps: StoreDeps,
  clinicId: string,
  visitId: string,
  text: string,
  userId: string,
): Promise<Note> {
  const note = await noteRow(tx, clinicId, visitId);
  if (note.status !== 'signed')
    throw new AppError(
      'conflict',
      409,
      'This note is not signed yet; edit it instead of adding an addendum',
      {
        signed: false,
      },
    );
  await tx
    .insertInto('note_addenda')
    .values({
      id: deps.newId(),
      clinic_id: clinicId,
      visit_id: visitId,
      text,
      author_id: userId,
      created_at: deps.now(),
      version: 1,
    })
    .execute();
  return getNote(tx, clinicId, visitId);
}

/** Every saved version of a note, oldest first. */
export async function listNoteVersions(tx: ScopedTx, clinicId: string, visitId: string) {
  await noteRow(tx, clinicId, visitId);
  const rows: NoteVersionRow[] = await tx
    .selectFrom('note_versions')
    .selectAll()
    .where('clinic_id', '=', clinicId)
    .where('visit_id', '=', visitId)
    .orderBy('version')
    .limit(1000)
    .execute();
  return rows.map((r) => ({
    ...parse<NoteSections>(r.sections_json),
    version: Number(r.version),
    savedBy: r.saved_by,
    savedAt: r.saved_at,
  }));
}

/** The muscles the finder ranks highest for a drawing (for "no band where the drawing predicts one"). */
function predictedMuscles(subjective: Subjective): string[] {
  if (subjective.drawing.length === 0) return [];
  const ranked = rankSources({ drawing: subjective.drawing }, loadAtlas()).ranked;
  return ranked.slice(0, 5).map((c) => c.muscle.id);
}

/** Patterns of this visit that point away from trigger points. */
export function visitAwayPatterns(visit: Visit, findings: readonly Finding[]): AwayPattern[] {
  const o: Objective = visit.objective;
  return awayPatterns({
    regions: visit.subjective.drawing.map((d) => d.region),
    fatigue: visit.subjective.fatigue,
    poorSleep: visit.subjective.poorSleep,
    nerveSigns: o.nerveSigns,
    jointSigns: o.jointSigns,
    predictedMuscles: predictedMuscles(visit.subjective),
    palpated: findings.map((f) => ({ muscle: f.finding.muscle, tautBand: f.finding.tautBand })),
  });
}

/** Everything the session screen shows for one visit. */
export async function visitPage(tx: ScopedTx, clinicId: string, visitId: string) {
  const visit = await getVisit(tx, clinicId, visitId);
  const findings = await listFindings(tx, clinicId, visitId);
  const holds = await listHolds(tx, clinicId, visitId);
  const outcomes = await listOutcomes(tx, clinicId, visitId);
  const note = await getNote(tx, clinicId, visitId);
  const prev = await lastVisitOf(tx, clinicId, visit.clientId, visit.startedAt);
  const client = await getClient(tx, clinicId, visit.clientId);
  const settings = await getClinicSettings(tx, clinicId);
  return {
    visit,
    clientAge: ageOn(client.dateOfBirth, visit.visitOn),
    ratingCap: settings.ratingCap,
    findings,
    holds,
    outcomes,
    note,
    previous:
      prev === undefined
        ? null
        : { visitId: prev.id, visitOn: prev.visit_on, objective: parse<Objective>(prev.objective_json) },
    awayPatterns: visitAwayPatterns(visit, findings),
  };
}

/** A client's visits, newest first, one page at a time (cursor: `startedAt~id` of the last row). */
export async function timeline(
  tx: ScopedTx,
  clinicId: string,
  clientId: string,
  query: { limit: number; before?: string | undefined },
) {
  await getClient(tx, clinicId, clientId);
  let q = tx
    .selectFrom('visits')
    .select([
      'id',
      'visit_on',
      'started_at',
      'subjective_json',
      'muscles_json',
      'note_first_line',
      'signed_at',
    ])
    .where('clinic_id', '=', clinicId)
    .where('client_id', '=', clientId);
  if (query.before !== undefined) {
    const [at = '', id = ''] = query.before.split('~');
    q = q.where((eb) =>
      eb.or([eb('started_at', '<', at), eb.and([eb('started_at', '=', at), eb('id', '<', id)])]),
    );
  }
  const rows = await q
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    visits: page.map((r) => ({
      id: r.id,
      visitOn: r.visit_on,
      startedAt: r.started_at,
      drawing: parse<Subjective>(r.subjective_json).drawing.map((d) => ({
        region: d.region,
        intensity: d.intensity,
      })),
      muscles: parse<string[]>(r.muscles_json),
      muscleNames: parse<string[]>(r.muscles_json).map((m) => loadAtlas().muscleById.get(m)?.name ?? m),
      noteFirstLine: r.note_first_line,
      signed: r.signed_at !== null,
    })),
    next: rows.length > query.limit && last !== undefined ? `${last.started_at}~${last.id}` : null,
  };
}

/** Most rows in each list of the today page. */
export const TODAY_LIMIT = 100;

/** Visits started today (the clinic's date) and every unsigned note, newest first. */
export async function todayList(tx: ScopedTx, clinicId: string, date: string) {
  const base = () =>
    tx
      .selectFrom('visits')
      .innerJoin('clients', (j) =>
        j.onRef('clients.id', '=', 'visits.client_id').onRef('clients.clinic_id', '=', 'visits.clinic_id'),
      )
      .select([
        'visits.id as visitId',
        'visits.client_id as clientId',
        'clients.given_name as given',
        'clients.family_name as family',
        'visits.visit_on as visitOn',
        'visits.started_at as startedAt',
        'visits.signed_at as signedAt',
      ])
      .where('visits.clinic_id', '=', clinicId);
  const shape = (r: Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number]) => ({
    visitId: r.visitId,
    clientId: r.clientId,
    clientName: `${r.given} ${r.family}`,
    visitOn: r.visitOn,
    startedAt: r.startedAt,
    noteStatus: r.signedAt === null ? ('draft' as const) : ('signed' as const),
  });
  const today = await base()
    .where('visits.visit_on', '=', date)
    .orderBy('visits.started_at', 'desc')
    .limit(TODAY_LIMIT)
    .execute();
  const unsigned = await base()
    .where('visits.signed_at', 'is', null)
    .orderBy('visits.started_at', 'desc')
    .limit(TODAY_LIMIT)
    .execute();
  return { date, today: today.map(shape), awaitingSignature: unsigned.map(shape) };
}

/** Keeps an override with its finding (helper for callers building a SOAP input). */
export function findingView(f: Finding): {
  finding: PalpationFinding;
  override: ClassificationOverride | null;
} {
  return {
    finding: f.finding,
    override:
      f.override === null ? null : { classification: f.override.classification, reason: f.override.reason },
  };
}
