import { join } from 'node:path';
import type { Config } from '../config.ts';
import { openPostgresStore } from './postgres/postgres-store.ts';
import { openSqliteStore } from './sqlite/sqlite-store.ts';
import type { ClinicStore, StoreDeps } from './store.ts';

/** Opens the store the configuration asks for: PostgreSQL when DATABASE_URL is set, else SQLite under the data folder. */
export async function openStore(config: Config, deps: StoreDeps): Promise<ClinicStore> {
  if (config.databaseUrl !== undefined) return openPostgresStore(config.databaseUrl, deps);
  return openSqliteStore(join(config.dataDir, 'myomap.sqlite'), deps);
}
