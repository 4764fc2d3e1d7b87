import { afterAll, beforeAll } from 'vitest';
import { testDeps } from '@myomap/fixtures';
import { buildApp, type AppOptions } from '../app.ts';
import { openSqliteStore } from '../store/sqlite/sqlite-store.ts';

/**
 * Serves the real app over real HTTP on a free loopback port with a fresh in-memory SQLite store for
 * the tests of one file; returns a getter for the base URL.
 */
export function useListeningApp(options: Omit<AppOptions, 'store'> = {}): () => string {
  let close: (() => Promise<void>) | undefined;
  let base = '';
  beforeAll(async () => {
    const store = openSqliteStore(':memory:', testDeps());
    await store.migrate();
    const app = await buildApp({ logLevel: 'silent', ...options, store });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    close = () => app.close();
  });
  afterAll(async () => {
    await close?.();
  });
  return () => base;
}
