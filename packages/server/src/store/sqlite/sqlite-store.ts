import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { AppError } from '../../errors.ts';
import { KyselyClinicStore } from '../kysely-store.ts';
import type { ClinicStore, StoreDeps } from '../store.ts';
import type { DatabaseSchema } from '../schema.ts';

/** Opens the file, or throws an error that names the data folder and how to fix it. */
function openDatabaseFile(file: string): Database.Database {
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const database = new Database(file, { timeout: 5000 });
    database.pragma('journal_mode = WAL');
    return database;
  } catch (error) {
    throw new AppError(
      'data-folder-unusable',
      500,
      `Cannot use the data folder ${dirname(file)} for ${basename(file)}: ${(error as Error).message}. Set MYOMAP_DATA_DIR to a folder this user can write.`,
    );
  }
}

/**
 * The connection settings every store connection gets: foreign keys enforced, `synchronous = FULL` (with
 * WAL, a committed record then survives a power cut as well as a crash: health data is never lost to a
 * faster setting) and a busy timeout so a second writer waits instead of failing.
 */
export function applySqliteSettings(database: Database.Database): void {
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = FULL');
  database.pragma('busy_timeout = 5000');
}

/** Opens (creating if needed) a SQLite store: WAL journal, foreign keys on, a busy timeout. ":memory:" for tests. */
export function openSqliteStore(file: string, deps: StoreDeps): ClinicStore {
  const database = openDatabaseFile(file);
  applySqliteSettings(database);
  const db = new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database }) });
  return new KyselyClinicStore('sqlite', db, deps, async () => {
    await sql`select 1`.execute(db);
  });
}
