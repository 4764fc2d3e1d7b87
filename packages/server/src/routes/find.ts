import type { Atlas } from '@myomap/atlas';
import { z } from 'zod';
import {
  FinderQuerySchema,
  FiredRuleSchema,
  prepareFinderQuery,
  rankSources,
  RegionReadingSchema,
  TextFindingSchema,
  toFinderJson,
} from '@myomap/engine';
import type { FastifyZodApp } from '../http/fastify-zod.ts';

/** Largest POST /api/find body accepted (bytes). */
export const FIND_BODY_LIMIT = 65_536;

/** The parts of the answer documented field by field; the rest is described in the route text. */
const FindReply = z.looseObject({
  readings: z
    .array(RegionReadingSchema)
    .readonly()
    .describe('how each phrase of `text` was read, one chip per place'),
  unresolved: z
    .array(z.string())
    .readonly()
    .describe('phrases that named nothing known, never dropped silently'),
  notes: z
    .array(z.string())
    .readonly()
    .describe('decisions the reader should know about (sides, spellings, negation)'),
  findings: z
    .array(TextFindingSchema)
    .readonly()
    .describe('what `evidenceText` says, finding by finding, with its status (present, negated, …)'),
  ruledOut: z
    .array(TextFindingSchema)
    .readonly()
    .describe('red-flag signs in the texts that do not count: negated, hypothetical, another person’s, past'),
  redFlagRules: z
    .array(FiredRuleSchema)
    .readonly()
    .describe('red-flag combination rules that fired (data/red-flags/rules.yaml)'),
});

/** POST /api/find: rank trigger point sources for a pain drawing (or text) plus evidence. */
export function findRoutes(app: FastifyZodApp, atlas: Atlas): void {
  app.post(
    '/api/find',
    {
      // a drawing of every region with text and evidence fits in well under this; more is not a query
      bodyLimit: FIND_BODY_LIMIT,
      config: { access: 'public' },
      schema: {
        summary: 'Rank the muscles whose trigger points explain a pain drawing',
        description:
          'Give `drawing` (region ids with intensity 0–10 and quality) and/or `text` ("right temple and back of the neck"), optional evidence (movements, activities, symptoms, redFlags, palpation, or `evidenceText`) and options (top, areas, includeLatent). The answer ranks muscle sides with scores and reasons, the smallest explaining set, unexplained regions and any red-flag stop notice. `readings` says how each phrase of `text` was read (side, negated, part, facets, regions) so a client can show and correct it before painting.',
        tags: ['finder'],
        body: FinderQuerySchema,
        response: { 200: FindReply },
      },
    },
    async (request) => {
      const prepared = prepareFinderQuery(request.body);
      // A fresh object literal: the reply schema documents some fields and passes the rest through.
      return { ...toFinderJson(rankSources(prepared.input, atlas, prepared.options), prepared) };
    },
  );
}
