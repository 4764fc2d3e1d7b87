import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { FastifyZodApp } from './http/fastify-zod.ts';
import { openStore } from './store/open-store.ts';
import type { ClinicStore, StoreDeps } from './store/store.ts';

/** The real clock and id generator; tests pass their own. */
export const systemDeps: StoreDeps = { now: () => new Date().toISOString(), newId: () => randomUUID() };

function readTlsFile(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new Error(`Cannot read the TLS file ${file}: ${(error as Error).message}`);
  }
}

/** A running server and how to stop it. */
export interface RunningServer {
  readonly app: FastifyZodApp;
  readonly store: ClinicStore;
  readonly url: string;
  close(): Promise<void>;
}

/** Opens and migrates the store, then serves the API and web app. Throws AppError on a database it must refuse. */
export async function startServer(config: Config, deps: StoreDeps = systemDeps): Promise<RunningServer> {
  const store = await openStore(config, deps);
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  const tls =
    config.tls === undefined
      ? undefined
      : { cert: readTlsFile(config.tls.certFile), key: readTlsFile(config.tls.keyFile) };
  const app = await buildApp({ store, logLevel: config.logLevel, webDir: config.webDir, tls });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    app,
    store,
    url: `${tls === undefined ? 'http' : 'https'}://${host.includes(':') ? `[${host}]` : host}:${port}`,
    async close() {
      await app.close();
      await store.close();
    },
  };
}
