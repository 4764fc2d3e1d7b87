import { resolve } from 'node:path';
import { z } from 'zod';

/** Server settings read from the environment. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** postgres://… to use PostgreSQL; undefined for the embedded SQLite file. */
  readonly databaseUrl: string | undefined;
  /** Folder holding the SQLite file and other local data. */
  readonly dataDir: string;
  readonly logLevel: string;
  /** Folder of the built web app to serve, if any. */
  readonly webDir: string | undefined;
  /** PEM certificate and key files to serve HTTPS directly (both or neither). */
  readonly tls: { readonly certFile: string; readonly keyFile: string } | undefined;
}

const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('localhost'),
    DATABASE_URL: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .string()
        .regex(/^(postgres|postgresql):\/\//, 'must start with postgres:// (leave unset for SQLite)')
        .optional(),
    ),
    MYOMAP_DATA_DIR: z.string().min(1).default('data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    MYOMAP_TLS_CERT: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
    MYOMAP_TLS_KEY: z.preprocess((v) => (v === '' ? undefined : v), z.string().optional()),
  })
  .refine((e) => (e.MYOMAP_TLS_CERT === undefined) === (e.MYOMAP_TLS_KEY === undefined), {
    message: 'set both MYOMAP_TLS_CERT and MYOMAP_TLS_KEY, or neither',
    path: ['MYOMAP_TLS_KEY'],
  });

/** Reads and checks the environment; throws an Error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv, defaults: { webDir?: string } = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.MYOMAP_DATA_DIR),
    logLevel: e.LOG_LEVEL,
    webDir: defaults.webDir,
    tls:
      e.MYOMAP_TLS_CERT !== undefined && e.MYOMAP_TLS_KEY !== undefined
        ? { certFile: resolve(e.MYOMAP_TLS_CERT), keyFile: resolve(e.MYOMAP_TLS_KEY) }
        : undefined,
  };
}
