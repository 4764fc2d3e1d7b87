import { sql, type Kysely } from 'kysely';
import { appliedVersion, migrate } from './migrations.ts';
import type {
  Clinic,
  ClinicStore,
  DatabaseEngine,
  MigrationReport,
  Scope,
  ScopedTx,
  StoreDeps,
  TxTools,
} from './store.ts';
import type { DatabaseSchema } from './schema.ts';

type ClinicRow = DatabaseSchema['clinics'];

const toClinic = (row: ClinicRow): Clinic => ({ id: row.id, name: row.name, createdAt: row.created_at });

/** The PostgreSQL setting each scope kind sets for the row-level security policies. */
const SCOPE_SETTING: Record<Scope['kind'], string> = {
  clinic: 'app.clinic_id',
  'session-token': 'app.session_token_hash',
  'login-email': 'app.login_email',
  'invite-token': 'app.invite_token_hash',
  'all-clinics': 'app.all_clinics',
};

function scopeValue(scope: Scope): string {
  switch (scope.kind) {
    case 'clinic':
      return scope.clinicId;
    case 'session-token':
    case 'invite-token':
      return scope.tokenHash;
    case 'login-email':
      return scope.email;
    case 'all-clinics':
      return 'on';
  }
}

/** Sets a transaction-local setting (PostgreSQL); the row-level security policies read it. */
export async function setLocal(tx: ScopedTx, name: string, value: string): Promise<void> {
  await sql`select set_config(${name}, ${value}, true)`.execute(tx);
}

/** The ClinicStore over Kysely; the SQLite and PostgreSQL stores differ only in how they connect. */
export class KyselyClinicStore implements ClinicStore {
  /**
   * @param db the owner connection: migrations, schema version, ping.
   * @param appDb the connection scoped transactions use (PostgreSQL: the non-owner app role).
   */
  constructor(
    readonly engine: DatabaseEngine,
    protected readonly db: Kysely<DatabaseSchema>,
    readonly deps: StoreDeps,
    private readonly pingImpl: () => Promise<void>,
    protected readonly appDb: Kysely<DatabaseSchema> = db,
    private readonly closeExtra: () => Promise<void> = async () => undefined,
  ) {}

  migrate(): Promise<MigrationReport> {
    return migrate(this.db, this.engine, this.deps.now);
  }

  schemaVersion(): Promise<number> {
    return appliedVersion(this.db);
  }

  ping(): Promise<void> {
    return this.pingImpl();
  }

  run<T>(scope: Scope, fn: (tx: ScopedTx, tools: TxTools) => Promise<T>): Promise<T> {
    const pg = this.engine === 'postgres';
    return this.appDb.transaction().execute(async (tx) => {
      if (pg) await setLocal(tx, SCOPE_SETTING[scope.kind], scopeValue(scope));
      const tools: TxTools = {
        engine: this.engine,
        enterClinic: async (clinicId) => {
          if (pg) await setLocal(tx, 'app.clinic_id', clinicId);
        },
        lock: async (name) => {
          if (pg) await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(tx);
        },
      };
      return fn(tx, tools);
    });
  }

  async createClinic(input: { name: string }): Promise<Clinic> {
    const row: ClinicRow = { id: this.deps.newId(), name: input.name, created_at: this.deps.now() };
    await this.run({ kind: 'clinic', clinicId: row.id }, (tx) =>
      tx.insertInto('clinics').values(row).execute(),
    );
    return toClinic(row);
  }

  async getClinic(id: string): Promise<Clinic | undefined> {
    const row = await this.run({ kind: 'clinic', clinicId: id }, (tx) =>
      tx.selectFrom('clinics').selectAll().where('id', '=', id).executeTakeFirst(),
    );
    return row === undefined ? undefined : toClinic(row);
  }

  async listClinics(): Promise<Clinic[]> {
    const rows = await this.run({ kind: 'all-clinics' }, (tx) =>
      tx.selectFrom('clinics').selectAll().orderBy('created_at').orderBy('id').execute(),
    );
    return rows.map(toClinic);
  }

  async close(): Promise<void> {
    if (this.appDb !== this.db) await this.appDb.destroy();
    await this.db.destroy();
    await this.closeExtra();
  }
}
