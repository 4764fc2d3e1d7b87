import { afterAll, beforeAll } from 'vitest';
import pg from 'pg';
import { PG_TEST_URL, postgresAvailable, testDeps, uniqueSchema } from '@myomap/fixtures';
import { runStoreContract } from './contract.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';

let pgUp = false;
beforeAll(async () => {
  pgUp = await postgresAvailable();
});

runStoreContract('sqlite', async () => openSqliteStore(':memory:', testDeps('clinic')));

runStoreContract(
  'postgres',
  async () => openPostgresStore(PG_TEST_URL, testDeps('clinic'), { schema: uniqueSchema('contract') }),
  {
    enabled: () => pgUp,
  },
);
