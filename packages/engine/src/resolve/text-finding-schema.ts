import { z } from 'zod';

/** A finding read from text with its ConText status, as the API returns it (documents TextFinding). */
export const TextFindingSchema = z.object({
  kind: z.enum(['movement', 'activity', 'symptom', 'redFlag', 'site']),
  id: z.string(),
  status: z.enum(['present', 'negated', 'hypothetical', 'historical', 'other-person']),
  text: z.string().describe('the words as written'),
  start: z.number().int(),
  end: z.number().int(),
  side: z.enum(['l', 'r']).optional(),
  cue: z
    .object({ text: z.string(), start: z.number().int(), end: z.number().int() })
    .optional()
    .describe('the words that set a status other than present ("no", "her mother had")'),
});

/** A red-flag combination rule that fired (documents FiredRule). */
export const FiredRuleSchema = z.object({
  id: z.string(),
  tier: z.enum(['emergency', 'urgent', 'refer', 'caution']),
  label: z.string(),
});
