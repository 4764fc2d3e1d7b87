import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { AppError } from '../errors.ts';
import type { DatabaseEngine, MigrationReport } from './store.ts';
import type { DatabaseSchema } from './schema.ts';

/** One forward-only migration file: migrations/<engine>/<NNNN>-<name>.sql. */
export interface MigrationFile {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

const MIGRATIONS_ROOT = new URL('../../migrations/', import.meta.url);

/**
 * Reads the numbered migration files of an engine, in version order; rejects duplicate numbers. A gap
 * is allowed (numbers are reserved per feature branch, so 0006 may land before 0005); `migrate` still
 * refuses to apply a file numbered below one already applied.
 */
export function readMigrations(engine: DatabaseEngine): MigrationFile[] {
  const dir = new URL(`${engine}/`, MIGRATIONS_ROOT);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  let previous = 0;
  return files.map((file) => {
    const match = /^(\d{4})-([a-z0-9-]+)\.sql$/.exec(file);
    if (match === null) throw new Error(`migration file ${file} must be named NNNN-name.sql`);
    const version = Number(match[1]);
    if (version <= previous) throw new Error(`migration ${file} repeats version ${version}`);
    previous = version;
    const text = readFileSync(new URL(file, dir), 'utf8');
    return {
      version,
      name: match[2] ?? file,
      sql: text,
      checksum: createHash('sha256').update(text).digest('hex'),
    };
  });
}

/** The newest schema version this code knows for an engine. */
export function latestSchemaVersion(engine: DatabaseEngine): number {
  return readMigrations(engine).at(-1)?.version ?? 0;
}

function statements(text: string): string[] {
  return text
    .split(/;\s*$/m)
    .map((s) => s.replace(/^\s*--.*$/gm, '').trim())
    .filter((s) => s.length > 0);
}

async function ensureMigrationTable(db: Kysely<DatabaseSchema>): Promise<void> {
  await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL,
    checksum TEXT NOT NULL
  )`.execute(db);
}

/** Highest applied version, or 0 when the database has no migration table yet. */
export async function appliedVersion(db: Kysely<DatabaseSchema>): Promise<number> {
  await ensureMigrationTable(db);
  const row = await db
    .selectFrom('schema_migrations')
    .select(sql<number>`max(version)`.as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** A number both engines agree on for PostgreSQL's advisory lock around migrations ("myomap-migrate"). */
const MIGRATION_LOCK_KEY = 4_127_813_590;

/**
 * Applies pending migrations under a lock, so two servers starting on one fresh database cannot both apply
 * the same file: SQLite takes `BEGIN IMMEDIATE` (one writer) around the version check and every file;
 * PostgreSQL holds a session advisory lock around the check and applies each file in its own transaction.
 * Refuses to touch a database whose schema is newer than this code, or whose applied migrations differ from
 * the files (drift).
 */
export async function migrate(
  db: Kysely<DatabaseSchema>,
  engine: DatabaseEngine,
  now: () => string,
): Promise<MigrationReport> {
  const files = readMigrations(engine);
  return db.connection().execute(async (conn) => {
    if (engine === 'sqlite') {
      await sql`BEGIN IMMEDIATE`.execute(conn);
      try {
        const report = await applyPending(conn, files, now, false);
        await sql`COMMIT`.execute(conn);
        return report;
      } catch (error) {
        await sql`ROLLBACK`.execute(conn);
        throw error;
      }
    }
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(conn);
    try {
      return await applyPending(conn, files, now, true);
    } finally {
      await sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(conn);
    }
  });
}

async function applyPending(
  db: Kysely<DatabaseSchema>,
  files: readonly MigrationFile[],
  now: () => string,
  fileTransactions: boolean,
): Promise<MigrationReport> {
  await ensureMigrationTable(db);
  const applied = await db.selectFrom('schema_migrations').selectAll().orderBy('version').execute();
  const newest = applied.at(-1)?.version ?? 0;
  const latest = files.at(-1)?.version ?? 0;
  if (newest > latest) {
    throw new AppError(
      'schema-too-new',
      500,
      `The database schema is version ${newest} but this Myomap knows only up to ${latest}. Upgrade Myomap; it will not touch a newer database.`,
    );
  }
  const byVersion = new Map(files.map((f) => [f.version, f]));
  for (const row of applied) {
    const file = byVersion.get(Number(row.version));
    if (file === undefined || file.checksum !== row.checksum) {
      throw new AppError(
        'migration-drift',
        500,
        `Migration ${row.version} (${row.name}) in the database differs from the file shipped with this Myomap.`,
      );
    }
  }
  const appliedVersions = new Set(applied.map((row) => Number(row.version)));
  const late = files.find((f) => f.version < newest && !appliedVersions.has(f.version));
  if (late !== undefined)
    throw new AppError(
      'migration-drift',
      500,
      `Migration ${late.version} (${late.name}) arrived after migration ${newest} was applied; migrations are forward-only, so start from a fresh database or renumber it.`,
    );
  const done: number[] = [];
  for (const file of files.filter((f) => f.version > newest)) {
    const apply = async (trx: Kysely<DatabaseSchema>): Promise<void> => {
      for (const statement of statements(file.sql)) await sql.raw(statement).execute(trx);
      await trx
        .insertInto('schema_migrations')
        .values({ version: file.version, name: file.name, applied_at: now(), checksum: file.checksum })
        .execute();
    };
    if (fileTransactions) await db.transaction().execute(apply);
    else await apply(db);
    done.push(file.version);
  }
  return { applied: done, schemaVersion: latest };
}
