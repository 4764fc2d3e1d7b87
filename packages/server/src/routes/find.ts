import type { Atlas } from '@myomap/atlas';
import { FinderQuerySchema, prepareFinderQuery, rankSources, toFinderJson } from '@myomap/engine';
import type { FastifyZodApp } from '../http/fastify-zod.ts';

/** POST /api/find: rank trigger point sources for a pain drawing (or text) plus evidence. */
export function findRoutes(app: FastifyZodApp, atlas: Atlas): void {
  app.post(
    '/api/find',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Rank the muscles whose trigger points explain a pain drawing',
        description:
          'Give `drawing` (region ids with intensity 0–10 and quality) and/or `text` ("right temple and back of the neck"), optional evidence (movements, activities, symptoms, redFlags, palpation, or `evidenceText`) and options (top, areas, includeLatent). The answer ranks muscle sides with scores and reasons, the smallest explaining set, unexplained regions and any red-flag stop notice.',
        tags: ['finder'],
        body: FinderQuerySchema,
      },
    },
    async (request) => {
      const prepared = prepareFinderQuery(request.body);
      return toFinderJson(rankSources(prepared.input, atlas, prepared.options), prepared);
    },
  );
}
