import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { PG_TEST_URL, postgresAvailable, testDeps, uniqueSchema } from '@myomap/fixtures';
import { runStoreContract } from './contract.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';

let pgUp = false;
const schemas: string[] = [];

beforeAll(async () => {
  pgUp = await postgresAvailable();
});

afterAll(async () => {
  if (!pgUp || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: PG_TEST_URL });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

runStoreContract('sqlite', async () => openSqliteStore(':memory:', testDeps('clinic')));

runStoreContract(
  'postgres',
  async () => {
    const schema = uniqueSchema('contract');
    schemas.push(schema);
    return openPostgresStore(PG_TEST_URL, testDeps('clinic'), { schema });
  },
  { enabled: () => pgUp },
);
