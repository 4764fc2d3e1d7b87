import { REGIONS } from '@myomap/atlas/regions';
import { z } from 'zod';
import type { FastifyZodApp } from '../http/fastify-zod.ts';

const RegionReply = z.array(
  z.object({
    id: z.string(),
    name: z.string(),
    side: z.enum(['l', 'r', 'm']),
    parent: z.string(),
    synonyms: z.array(z.string()),
    views: z.array(z.string()),
  }),
);

const regionList = REGIONS.map((r) => ({
  id: r.id,
  name: r.name,
  side: r.side,
  parent: r.parent,
  synonyms: [...r.synonyms],
  views: [...r.views],
}));

/** GET /api/regions: every body map region id with its name, side, parent area, synonyms and views. */
export function regionRoutes(app: FastifyZodApp): void {
  app.get(
    '/api/regions',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Every body map region (the ids a drawing uses)',
        tags: ['atlas'],
        response: { 200: RegionReply },
      },
    },
    async () => regionList,
  );
}
