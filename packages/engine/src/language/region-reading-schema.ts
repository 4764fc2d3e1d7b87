import { z } from 'zod';

const ReadingCore = z.object({
  text: z.string().describe('the phrase as written'),
  start: z.number().int().describe('offset of the phrase in the text'),
  end: z.number().int().describe('offset just past the phrase'),
  side: z.enum(['l', 'r', 'both', 'midline']),
  sideSource: z.enum(['text', 'carried', 'default', 'midline']),
  negated: z.boolean().describe('"no pain in the knee": shown, never painted'),
  activity: z.boolean().describe('"when I lift my arm": shown, never painted'),
  part: z.string().describe('the body part named (lexicon part key) or the atlas words matched'),
  directions: z.array(z.string()).readonly().describe('direction words read ("back", "anterolateral")'),
  relation: z.string().optional().describe('a relation to the part ("behind", "between")'),
  facets: z
    .array(z.string())
    .readonly()
    .describe('what the directions meant on this part ("top of the hand" -> dorsal)'),
  how: z.enum(['default', 'whole', 'narrowed', 'relation', 'not-narrowed']),
  regions: z.array(z.string()).readonly().describe('region ids (empty when negated or an activity)'),
  landmarkFor: z
    .string()
    .optional()
    .describe('"under the ear" after "the corner of my jaw": it only locates that phrase and is not painted'),
});

/** How one phrase of a description was read (a mention tree): the single source for the type and OpenAPI. */
export const RegionReadingSchema = ReadingCore.extend({
  range: z
    .object({ from: ReadingCore, to: ReadingCore, between: z.array(z.string()).readonly() })
    .optional()
    .describe('"from A down to B": both ends and the parts in between'),
});
