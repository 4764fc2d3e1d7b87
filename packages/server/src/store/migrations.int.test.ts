import { testDeps } from '@myomap/fixtures';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { latestSchemaVersion, readMigrations } from './migrations.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { ScopedTx } from './store.ts';

describe('migration files', () => {
  it('both engines ship the same numbered files, strictly increasing', () => {
    const names = (engine: 'sqlite' | 'postgres') =>
      readMigrations(engine).map((f) => `${f.version}-${f.name}`);
    expect(names('sqlite')).toEqual(names('postgres'));
    const versions = readMigrations('sqlite').map((f) => f.version);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(new Set(versions).size).toBe(versions.length);
    expect(latestSchemaVersion('sqlite')).toBe(versions.at(-1));
  });

  it('refuses a migration numbered below one already applied (forward-only, numbers may have gaps)', async () => {
    const store = openSqliteStore(':memory:', testDeps('late'));
    try {
      await store.migrate();
      // pretend migration 0004 arrived (by a merge) after the newer ones were applied
      await store.run({ kind: 'all-clinics' }, (tx: ScopedTx) =>
        sql`delete from schema_migrations where version = 4`.execute(tx),
      );
      const error = await store.migrate().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('migration-drift');
      expect((error as AppError).message).toContain('Migration 4 (visits) arrived after migration');
    } finally {
      await store.close();
    }
  });
});
