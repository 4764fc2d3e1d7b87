import { z } from 'zod';
import { resolveEvidence, type TextFinding } from '../resolve/resolve-evidence.ts';
import { resolveRegions } from '../resolve/resolve-regions.ts';
import type { RegionReading } from '../language/read-regions.ts';
import { FinderInputSchema, RankOptionsSchema, type FinderInput, type RankOptions } from './finder-input.ts';
import { screenRedFlags, type ScreenResult } from './screen-red-flags.ts';

/** Intensity given to regions that come from text, where the client named no number. */
export const TEXT_INTENSITY = 5;

/** Longest free text the finder reads: a pain description, evidence in words, what the client says. */
export const FINDER_TEXT_MAX = 2000;

/** Oldest age the finder accepts, in whole years: anything older is a slip of the keyboard. */
export const CLIENT_AGE_MAX = 120;

/** The client's age in whole years, read by the red-flag screen's age rules (a new headache over 50). */
export const ClientAgeSchema = z
  .number()
  .int('age must be a whole number of years')
  .min(0, 'age must be 0 or more')
  .max(CLIENT_AGE_MAX, `age must be at most ${CLIENT_AGE_MAX}`);

/** An age typed as text ("72"): whole years within bounds, else undefined (the caller names its field). */
export function readAgeText(text: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  const parsed = ClientAgeSchema.safeParse(Number(trimmed));
  return parsed.success ? parsed.data : undefined;
}

/** A finder request as the API and CLI take it: a drawing and/or text, evidence as ids and/or text, options. */
export const FinderQuerySchema = FinderInputSchema.extend({
  drawing: FinderInputSchema.shape.drawing.optional(),
  /** A pain description, resolved to regions ("right temple and back of the neck"). */
  text: z.string().max(FINDER_TEXT_MAX).optional(),
  /** Evidence in words ("restricted neck rotation to the left; chews gum"). */
  evidenceText: z.string().max(FINDER_TEXT_MAX).optional(),
  /** The client's age: only the red-flag screen reads it (the ranking does not). */
  age: ClientAgeSchema.optional().describe(
    'the client’s age in whole years (0–120); the red-flag screen’s age rules need it, the ranking ignores it',
  ),
  options: RankOptionsSchema.optional(),
}).refine((q) => (q.drawing?.length ?? 0) > 0 || (q.text ?? '').trim() !== '', {
  message: 'give a drawing (at least one region) or a text description',
  path: ['drawing'],
});

/** A parsed finder request. */
export type FinderQuery = z.infer<typeof FinderQuerySchema>;

/** The ranking input a query becomes, plus what could not be read and notes on decisions. */
export interface PreparedQuery {
  readonly input: FinderInput;
  readonly options: RankOptions;
  readonly unresolved: readonly string[];
  readonly notes: readonly string[];
  /** How each phrase of the text was read (mention trees: side, negated, part, facets, regions). */
  readonly readings: readonly RegionReading[];
  /** What the evidence text says, finding by finding, with its status (present, negated, ...). */
  readonly findings: readonly TextFinding[];
  /** The red-flag screen over the whole query: answers, drawing, and both texts read with ConText. */
  readonly screen: ScreenResult;
}

/**
 * Resolves a query's text and evidence text and merges them with its structured parts; screens the
 * whole query for red flags (the ranking itself is unchanged by the screen).
 */
export function prepareFinderQuery(query: FinderQuery): PreparedQuery {
  const drawing = [...(query.drawing ?? [])];
  const unresolved: string[] = [];
  const notes: string[] = [];
  const readings: RegionReading[] = [];
  if (query.text !== undefined && query.text.trim() !== '') {
    const r = resolveRegions(query.text);
    for (const region of r.regions)
      if (!drawing.some((d) => d.region === region)) drawing.push({ region, intensity: TEXT_INTENSITY });
    unresolved.push(...r.unresolved);
    notes.push(...r.notes);
    readings.push(...r.readings);
  }
  const evidence = query.evidenceText === undefined ? undefined : resolveEvidence(query.evidenceText);
  if (evidence !== undefined) unresolved.push(...evidence.unresolved);
  const union = <T>(a: readonly T[] | undefined, b: readonly T[] | undefined): T[] | undefined =>
    a === undefined && b === undefined ? undefined : [...new Set([...(a ?? []), ...(b ?? [])])];
  const input: FinderInput = {
    drawing,
    movements: [...(query.movements ?? []), ...(evidence?.movements ?? [])],
    activities: union(query.activities, evidence?.activities) ?? [],
    symptoms: union(query.symptoms, evidence?.symptoms) ?? [],
    redFlags: union(query.redFlags, evidence?.redFlags) ?? [],
    palpation: query.palpation ?? [],
  };
  const texts = [query.text, query.evidenceText].filter((t) => t !== undefined && t.trim() !== '');
  const screen = screenRedFlags({
    drawing: input.drawing,
    flags: input.redFlags ?? [],
    symptoms: input.symptoms ?? [],
    ...(query.age === undefined ? {} : { age: query.age }),
    ...(texts.length === 0 ? {} : { text: texts.join('.\n') }),
  });
  return {
    input,
    options: query.options ?? {},
    unresolved,
    notes,
    readings,
    findings: evidence?.findings ?? [],
    screen,
  };
}
