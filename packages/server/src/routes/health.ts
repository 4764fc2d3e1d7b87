import { z } from 'zod';
import type { FastifyZodApp } from '../http/fastify-zod.ts';
import { MYOMAP_VERSION } from '../version.ts';
import type { ClinicStore } from '../store/store.ts';

const HealthReply = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  schemaVersion: z.number().int(),
});

/** GET /api/health: liveness plus which database and schema version are in use. */
export function healthRoutes(app: FastifyZodApp, store: ClinicStore): void {
  app.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: { summary: 'Health check', tags: ['system'], response: { 200: HealthReply } },
    },
    async () => {
      await store.ping();
      return {
        status: 'ok' as const,
        version: MYOMAP_VERSION,
        database: store.engine,
        schemaVersion: await store.schemaVersion(),
      };
    },
  );
}
