import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_TEST_URL, postgresAvailable, testDeps, uniqueSchema } from '@myomap/fixtures';
import { readMigrations } from './migrations.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const helper = fileURLToPath(new URL('./testing/migrate-once.test-helper.ts', import.meta.url));

type Outcome = { ok: boolean; applied?: number[]; message?: string };

function migrateInChild(file: string, startAt: number): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'scripts/run-ts.mjs'), helper, file, String(startAt)], {
      cwd: root,
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out) as Outcome);
      } catch {
        reject(new Error(`migrate-once printed ${out}`));
      }
    });
  });
}

describe('two servers starting on one fresh database', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('SQLite: both processes succeed and each migration is applied exactly once', async () => {
    const versions = readMigrations('sqlite').map((f) => f.version);
    for (let round = 0; round < 3; round++) {
      const dir = mkdtempSync(join(tmpdir(), 'myomap-race-'));
      dirs.push(dir);
      const file = join(dir, 'myomap.sqlite');
      const startAt = Date.now() + 2500;
      const outcomes = await Promise.all([migrateInChild(file, startAt), migrateInChild(file, startAt)]);
      expect(outcomes.map((o) => o.message ?? 'ok')).toEqual(['ok', 'ok']);
      const applied = outcomes.flatMap((o) => o.applied ?? []).sort((a, b) => a - b);
      expect(applied).toEqual(versions);
    }
  }, 60_000);

  describe('PostgreSQL', () => {
    let pgUp = false;
    const schemas: string[] = [];
    beforeAll(async () => {
      pgUp = await postgresAvailable();
    });
    afterAll(async () => {
      if (!pgUp) return;
      const client = new pg.Client({ connectionString: PG_TEST_URL });
      await client.connect();
      for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    });

    it('both stores succeed and each migration is applied exactly once', async (ctx) => {
      if (!pgUp) return ctx.skip();
      const versions = readMigrations('postgres').map((f) => f.version);
      for (let round = 0; round < 4; round++) {
        const schema = uniqueSchema('race');
        schemas.push(schema);
        const a = await openPostgresStore(PG_TEST_URL, testDeps('a'), { schema });
        const b = await openPostgresStore(PG_TEST_URL, testDeps('b'), { schema });
        try {
          const reports = await Promise.all([a.migrate(), b.migrate()]);
          const applied = reports.flatMap((r) => r.applied).sort((x, y) => x - y);
          expect(applied).toEqual(versions);
        } finally {
          await a.close();
          await b.close();
        }
      }
    });
  });
});
