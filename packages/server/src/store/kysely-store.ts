import type { Kysely } from 'kysely';
import { appliedVersion, migrate } from './migrations.ts';
import type { Clinic, ClinicStore, DatabaseEngine, MigrationReport, StoreDeps } from './store.ts';
import type { DatabaseSchema } from './schema.ts';

type ClinicRow = DatabaseSchema['clinics'];

const toClinic = (row: ClinicRow): Clinic => ({ id: row.id, name: row.name, createdAt: row.created_at });

/** The ClinicStore over Kysely; the SQLite and PostgreSQL stores differ only in how they connect. */
export class KyselyClinicStore implements ClinicStore {
  constructor(
    readonly engine: DatabaseEngine,
    protected readonly db: Kysely<DatabaseSchema>,
    protected readonly deps: StoreDeps,
    private readonly pingImpl: () => Promise<void>,
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

  async createClinic(input: { name: string }): Promise<Clinic> {
    const row: ClinicRow = { id: this.deps.newId(), name: input.name, created_at: this.deps.now() };
    await this.db.insertInto('clinics').values(row).execute();
    return toClinic(row);
  }

  async getClinic(id: string): Promise<Clinic | undefined> {
    const row = await this.db.selectFrom('clinics').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : toClinic(row);
  }

  async listClinics(): Promise<Clinic[]> {
    const rows = await this.db
      .selectFrom('clinics')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toClinic);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
