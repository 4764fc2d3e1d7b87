import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { AppError } from '../../errors.ts';
import { KyselyClinicStore } from '../kysely-store.ts';
import type { ClinicStore, StoreDeps } from '../store.ts';
import type { DatabaseSchema } from '../schema.ts';

/** Connection options beyond the URL (tests use a private schema per run). */
export interface PostgresOptions {
  /** Schema to create if missing and put first on the search path. */
  readonly schema?: string;
  readonly maxConnections?: number;
  /**
   * The role scoped transactions run as (created by migration 0002; owns nothing, no BYPASSRLS).
   * Production can instead give DATABASE_URL a login of that role and run migrations as the owner.
   */
  readonly appRole?: string;
}

/** Hides the password of a database URL for messages. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** Opens a PostgreSQL store; fails fast with AppError('database-unreachable') when the server does not answer. */
export async function openPostgresStore(
  url: string,
  deps: StoreDeps,
  options: PostgresOptions = {},
): Promise<ClinicStore> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new Error(`bad schema name ${schema}`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  pool.on('error', () => {
    // An idle client lost its connection; the next query reports the problem.
  });
  try {
    const client = await pool.connect();
    try {
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'database-unreachable',
      503,
      `Cannot reach PostgreSQL at ${redactUrl(url)}: ${reason}`,
    );
  }
  const appRole = options.appRole ?? 'myomap_app';
  if (!/^[a-z_][a-z0-9_]*$/.test(appRole)) throw new Error(`bad role name ${appRole}`);
  const appPool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: 5000,
    options: [`-c role=${appRole}`, ...(schema === undefined ? [] : [`-c search_path=${schema}`])].join(' '),
  });
  appPool.on('error', () => {
    // as above
  });
  const db = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) });
  const appDb = new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool: appPool }) });
  return new KyselyClinicStore(
    'postgres',
    db,
    deps,
    async () => {
      try {
        await sql`select 1`.execute(db);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AppError('database-unreachable', 503, `PostgreSQL does not answer: ${reason}`);
      }
    },
    appDb,
  );
}
