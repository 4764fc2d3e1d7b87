// The treatment session through the HTTP API, on SQLite and on PostgreSQL (issue 12): 10,000 clients
// in 20 clinics with 20 visits each (200,000 visits, each with its draft/signed note; each client's
// newest visit also has two palpation findings, a hold and an NPRS entry). Seeding is BULK SQL inside
// this bench (batched inserts through the store's scoped transactions, not through the API) because
// 200,000 visits through HTTP would take far longer than a session allows. Then `myomap serve` runs in
// its own process on that database and one caller times, each request authenticated and audited:
//   GET  /api/clients/:id/visits       (timeline, first page)   target p95 ≤ 20 ms
//   GET  /api/visits/:id               (open a visit)            target p95 ≤ 30 ms
//   POST /api/visits/:id/findings      (save a palpation finding) target p95 ≤ 20 ms
// plus the floor GET /api/me (session check only) in the same run, and, in process, draftSoap on a full visit (target ≤ 5 ms).
// Run: node scripts/run-ts.mjs bench/session-api.bench.ts [sqlite|postgres]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import {
  findingLevatorTension,
  findingTrapActive,
  holdsTrap,
  postgresAvailable,
  PG_TEST_URL,
  visitZoeNeck,
} from '@myomap/fixtures';
import {
  AssessmentSchema,
  classificationView,
  classifyFinding,
  compareOutcome,
  draftSoap,
  EMPTY_VISIT_PARTS,
  HoldEntrySchema,
  ObjectiveSchema,
  PlanSchema,
  StoredFindingSchema,
  SubjectiveSchema,
  type SoapInput,
} from '@myomap/engine';
import { openPostgresStore } from '../packages/server/src/store/postgres/postgres-store.ts';
import { openSqliteStore } from '../packages/server/src/store/sqlite/sqlite-store.ts';
import type { ClinicStore, DatabaseEngine } from '../packages/server/src/store/store.ts';
import { ApiClient, seedClinicStaff } from '../packages/server/src/testing/accounts.test-helper.ts';
import { freePort, waitForOk } from './support/processes.ts';
import { report, timeEachCall } from './support/timing.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CLINICS = 20;
const CLIENTS_PER_CLINIC = 500;
const VISITS_PER_CLIENT = 20;
const MEASURED = 1_000;
const WARMUP = 200;
const BATCH = 400;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const rnd = lcg(12);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;

const SUBJECTIVE = JSON.stringify(SubjectiveSchema.parse(visitZoeNeck.subjective));
const OBJECTIVE = JSON.stringify(ObjectiveSchema.parse(visitZoeNeck.objective));
const PLAN = JSON.stringify(PlanSchema.parse(visitZoeNeck.plan));
const NOTE = JSON.stringify({
  subjective: 'Ache on the right side of the neck into the temple.',
  objective: 'Rotation right 50° by inclinometer, painful.',
  assessment:
    'Findings at Upper trapezius TrP1 (right) consistent with an active trigger point (trp-rule-v1).',
  plan: 'Sustained pressure, 2 holds; referral reduced.',
});
const FINDINGS = [findingTrapActive, findingLevatorTension].map((raw) => {
  const { override, ...finding } = StoredFindingSchema.parse(raw);
  return { finding, override, computed: classifyFinding(finding) };
});

async function insertBatched<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

interface SeededClinicIds {
  email: string;
  clients: string[];
  newestVisits: string[];
}

async function seed(store: ClinicStore): Promise<SeededClinicIds[]> {
  const out: SeededClinicIds[] = [];
  const day0 = Date.parse('2024-01-01T09:00:00.000Z');
  let n = 0;
  for (let c = 0; c < CLINICS; c++) {
    const seeded = await seedClinicStaff(store, `Session Bench ${c + 1}`, `session${c + 1}`);
    const clinicId = seeded.clinic.id;
    const userId = seeded.staff.therapist.id;
    const ids = await store.run({ kind: 'clinic', clinicId }, async (tx) => {
      const clients: string[] = [];
      const newestVisits: string[] = [];
      const clientRows = [];
      for (let i = 0; i < CLIENTS_PER_CLINIC; i++) {
        const id = `c${c}-${i}`;
        clients.push(id);
        clientRows.push({
          id,
          clinic_id: clinicId,
          given_name: `Client${n++}`,
          family_name: 'Bench',
          preferred_name: null,
          date_of_birth: null,
          phone: null,
          email: null,
          pronouns: null,
          emergency_name: null,
          emergency_phone: null,
          emergency_relation: null,
          sort_key: `bench client${n}`,
          archived_at: null,
          version: 1,
          created_at: '2024-01-01T00:00:00.000Z',
          updated_at: '2024-01-01T00:00:00.000Z',
        });
      }
      await insertBatched(clientRows, (b) => tx.insertInto('clients').values(b).execute());
      for (const clientId of clients) {
        const visits = [];
        const notes = [];
        for (let v = 0; v < VISITS_PER_CLIENT; v++) {
          const at = new Date(day0 + v * 7 * 86_400_000 + Math.floor(rnd() * 3_600_000)).toISOString();
          const newest = v === VISITS_PER_CLIENT - 1;
          const id = `${clientId}-v${v}`;
          if (newest) newestVisits.push(id);
          visits.push({
            id,
            clinic_id: clinicId,
            client_id: clientId,
            visit_on: at.slice(0, 10),
            started_at: at,
            started_by: userId,
            from_visit_id: null,
            subjective_json: SUBJECTIVE,
            objective_json: OBJECTIVE,
            assessment_json: JSON.stringify(EMPTY_VISIT_PARTS.assessment),
            plan_json: PLAN,
            carried_json: JSON.stringify({ fromVisitId: null, recheck: '', homeCare: '' }),
            muscles_json: '["upper-trapezius"]',
            note_first_line: 'Ache on the right side of the neck into the temple.',
            signed_at: newest ? null : at,
            version: 3,
            updated_by: userId,
            updated_at: at,
          });
          notes.push({
            visit_id: id,
            clinic_id: clinicId,
            status: newest ? 'draft' : 'signed',
            sections_json: NOTE,
            version: 2,
            updated_by: userId,
            updated_at: at,
            signed_by: newest ? null : userId,
            signed_at: newest ? null : at,
          });
        }
        await tx.insertInto('visits').values(visits).execute();
        await tx.insertInto('visit_notes').values(notes).execute();
      }
      const findings = newestVisits.flatMap((visitId, i) =>
        FINDINGS.map((f, k) => ({
          id: `${visitId}-f${k}`,
          clinic_id: clinicId,
          visit_id: visitId,
          muscle: f.finding.muscle,
          trigger_point: f.finding.triggerPoint,
          side: f.finding.side,
          finding_json: JSON.stringify(f.finding),
          classification: f.computed.classification,
          rule_version: f.computed.ruleVersion,
          computed_json: JSON.stringify(f.computed),
          override_classification: f.override?.classification ?? null,
          override_reason: f.override?.reason ?? null,
          override_by: f.override === null ? null : userId,
          override_at: f.override === null ? null : '2024-05-13T09:00:00.000Z',
          examiner_id: userId,
          version: 1,
          created_at: `2024-05-13T09:0${k}:${String(i % 60).padStart(2, '0')}.000Z`,
          updated_at: '2024-05-13T09:00:00.000Z',
        })),
      );
      await insertBatched(findings, (b) => tx.insertInto('palpation_findings').values(b).execute());
      const holds = newestVisits.map((visitId) => ({
        id: `${visitId}-h`,
        clinic_id: clinicId,
        visit_id: visitId,
        muscle: 'upper-trapezius',
        hold_json: JSON.stringify(holdsTrap[0]),
        recorded_by: userId,
        recorded_at: '2024-05-13T09:10:00.000Z',
        version: 1,
      }));
      await insertBatched(holds, (b) => tx.insertInto('holds').values(b).execute());
      const outcomes = newestVisits.map((visitId, i) => ({
        id: `${visitId}-o`,
        clinic_id: clinicId,
        client_id: clients[i] ?? '',
        visit_id: visitId,
        measure: 'nprs',
        measure_version: 'nprs-11',
        answers_json: JSON.stringify({ answers: [6], labels: [] }),
        score: 6,
        recorded_by: userId,
        recorded_at: '2024-05-13T09:05:00.000Z',
        version: 1,
      }));
      await insertBatched(outcomes, (b) => tx.insertInto('outcome_entries').values(b).execute());
      return { clients, newestVisits };
    });
    out.push({ email: seeded.staff.therapist.email, ...ids });
  }
  return out;
}

async function serve(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(ROOT, 'packages/cli/bin/myomap.js'), 'serve', '--port', String(port), '--host', '127.0.0.1'],
    { env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/api/health`, 60_000);
  return { url, child };
}

async function timed(total: number, one: () => Promise<number>, expected: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < total; i++) {
    const t = performance.now();
    const status = await one();
    samples.push(performance.now() - t);
    if (status !== expected) throw new Error(`status ${status}`);
  }
  return samples.sort((a, b) => a - b);
}
const pct = (xs: number[], p: number) => Math.round((xs[Math.floor(xs.length * p)] ?? 0) * 100) / 100;

async function run(engine: DatabaseEngine): Promise<void> {
  const deps = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };
  let env: Record<string, string>;
  let store: ClinicStore;
  let cleanup = async () => undefined as void;
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'myomap-session-bench-'));
    store = openSqliteStore(join(dir, 'myomap.sqlite'), deps);
    env = { MYOMAP_DATA_DIR: dir };
  } else {
    const admin = new pg.Client({ connectionString: PG_TEST_URL });
    await admin.connect();
    await admin.query('DROP DATABASE IF EXISTS myomap_session_bench');
    await admin.query('CREATE DATABASE myomap_session_bench');
    await admin.end();
    const url = PG_TEST_URL.replace(/\/[^/]*$/, '/myomap_session_bench');
    store = await openPostgresStore(url, deps);
    env = { DATABASE_URL: url };
    cleanup = async () => {
      const a = new pg.Client({ connectionString: PG_TEST_URL });
      await a.connect();
      await a.query('DROP DATABASE IF EXISTS myomap_session_bench WITH (FORCE)');
      await a.end();
    };
  }
  await store.migrate();
  const started = performance.now();
  const clinics = await seed(store);
  const seedMs = performance.now() - started;
  await store.close();
  if (engine === 'postgres') {
    const a = new pg.Client({ connectionString: env.DATABASE_URL });
    await a.connect();
    await a.query('ANALYZE');
    await a.end();
  }
  const server = await serve(env);
  try {
    const sessions = await Promise.all(
      clinics.map(async (c) => ({ api: await new ApiClient(server.url).login(c.email), ...c })),
    );
    const timelineReq = async () => {
      const s = pick(sessions);
      return (await s.api.send('GET', `/api/clients/${pick(s.clients)}/visits`)).status;
    };
    const openReq = async () => {
      const s = pick(sessions);
      return (await s.api.send('GET', `/api/visits/${pick(s.newestVisits)}`)).status;
    };
    const saveReq = async () => {
      const s = pick(sessions);
      return (await s.api.send('POST', `/api/visits/${pick(s.newestVisits)}/findings`, findingTrapActive))
        .status;
    };
    // the floor: a request that only checks the session, on the same server in the same run
    const floorReq = async () => (await pick(sessions).api.send('GET', '/api/me')).status;
    await timed(WARMUP, floorReq, 200);
    await timed(WARMUP, timelineReq, 200);
    await timed(WARMUP, openReq, 200);
    await timed(WARMUP, saveReq, 201);
    const seeded = `${CLINICS * CLIENTS_PER_CLINIC} clients, ${CLINICS * CLIENTS_PER_CLINIC * VISITS_PER_CLIENT} visits, bulk-seeded in ${Math.round(seedMs / 1000)} s`;
    for (const [what, fn, status, target] of [
      ['GET /api/me (floor: session check only)', floorReq, 200, 'none (context)'],
      ['GET /api/clients/:id/visits (timeline, first page of 20)', timelineReq, 200, 'p95 ≤ 20 ms'],
      ['GET /api/visits/:id (open a visit)', openReq, 200, 'p95 ≤ 30 ms'],
      ['POST /api/visits/:id/findings (save a palpation finding)', saveReq, 201, 'p95 ≤ 20 ms'],
    ] as const) {
      const ms = await timed(MEASURED, fn, status);
      report(`${engine}: ${what} (${seeded}; 1 caller, ${MEASURED} requests)`, {
        'p50 ms': pct(ms, 0.5),
        'p95 ms': pct(ms, 0.95),
        'p99 ms': pct(ms, 0.99),
        target,
      });
    }
  } finally {
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    await cleanup();
  }
}

function soapBench(): void {
  const input: SoapInput = {
    subjective: SubjectiveSchema.parse(visitZoeNeck.subjective),
    objective: ObjectiveSchema.parse(visitZoeNeck.objective),
    assessment: AssessmentSchema.parse(visitZoeNeck.assessment),
    plan: PlanSchema.parse(visitZoeNeck.plan),
    rescreen: { changed: false },
    outcomes: [{ measure: 'nprs', score: 6, change: compareOutcome('nprs', 8, 6) }],
    findings: FINDINGS.map((f) => ({ finding: f.finding, view: classificationView(f.computed, f.override) })),
    holds: [HoldEntrySchema.parse(holdsTrap[0]), HoldEntrySchema.parse({ ...holdsTrap[0], repetition: 2 })],
    away: [],
  };
  const t = timeEachCall(() => draftSoap(input), 20_000);
  report('draftSoap (Zoë’s full neck visit: 3 regions, 3 movements, 2 findings, 2 holds, re-test)', {
    'median µs': t.medianUs,
    'p99 µs': t.p99Us,
    target: '≤ 5 ms',
  });
}

const only = process.argv[2];
if (only === undefined || only === 'soap') soapBench();
for (const engine of ['sqlite', 'postgres'] as const) {
  if (only !== undefined && only !== engine) continue;
  if (engine === 'postgres' && !(await postgresAvailable())) {
    console.log('postgres: skipped (nothing answers at TEST_DATABASE_URL)');
    continue;
  }
  await run(engine);
}
