import type { AppOptions } from '../app.ts';
import { buildApp } from '../app.ts';
import type { FastifyZodApp } from '../http/fastify-zod.ts';
import type { ClinicStore } from '../store/store.ts';

/** Serves the real app for a given store on a loopback port; returns the base URL and app. */
export async function serveForTest(
  store: ClinicStore,
  options: Omit<AppOptions, 'store'> = {},
): Promise<{ app: FastifyZodApp; base: string; close: () => Promise<void> }> {
  const app = await buildApp({ logLevel: 'silent', ...options, store });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
  return { app, base, close: () => app.close() };
}
