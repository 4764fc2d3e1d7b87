import { z } from 'zod';

const key = z.string().regex(/^[a-z][a-z0-9-]*$/, 'kebab-case key');
const phrase = z.string().min(1).max(80);
const phrases = z.array(phrase).min(1).max(500);
const tier = z.enum(['emergency', 'urgent', 'refer', 'caution']);

/** A cited work a data entry rests on. */
export const SourceSchema = z.strictObject({
  citation: z.string().min(10).max(400),
  url: z.url().optional(),
});

/** The contexts ConText assigns besides "present"; pseudo and terminator only steer the scopes. */
export const CONTEXT_CATEGORIES = [
  'negated',
  'hypothetical',
  'historical',
  'other-person',
  'pseudo',
  'terminator',
] as const;

/** data/context/triggers.yaml: trigger groups by category and direction, with scope lengths. */
export const ContextFileSchema = z.strictObject({
  sources: z.record(key, SourceSchema),
  scope: z.strictObject({
    forward: z.number().int().min(1).max(30),
    backward: z.number().int().min(1).max(30),
  }),
  groups: z
    .array(
      z.strictObject({
        category: z.enum(CONTEXT_CATEGORIES),
        direction: z.enum(['forward', 'backward', 'both']),
        source: key,
        /** The phrases say an episode has passed ("went away"), not that it never happened. */
        resolution: z.boolean().optional(),
        /** How many words the scope reaches, when shorter than `scope`. */
        reach: z.number().int().min(1).max(30).optional(),
        /** Words the scope stops at, uncovered ("both feet numb, and my back is fine" stops at "my"). */
        stopAt: z.array(phrase).max(50).optional(),
        /** The scope stops at a red-flag sign's own words: these phrases rule out evidence, never a sign. */
        sparesSigns: z.boolean().optional(),
        /** The phrase is no trigger when one of these words follows it ("is fine when I cover one eye"). */
        notBefore: z.array(phrase).max(20).optional(),
        /** A terminator that ends only these contexts (the writer turning to themselves ends another person's). */
        ends: z.array(z.enum(CONTEXT_CATEGORIES)).min(1).optional(),
        phrases,
      }),
    )
    .min(1),
  /**
   * A form filled in for someone else ("my husband ... he only came in for his back"): the people who may
   * be the client, and the words that say whose body a place is.
   */
  writtenFor: z
    .strictObject({
      source: key,
      /** Other-person trigger phrases that may name the client (kin and partners, not "family history of"). */
      people: phrases,
      /** Words that make a body place the writer's own ("my"). */
      self: phrases,
      /** The writer speaking of themselves ("I", "me"): then the writer is the client, unless a cue says not. */
      firstPerson: phrases,
      /** Words for the same relative ("mum", "mother"): the client named one way is the client named the other. */
      kin: z.array(z.array(phrase).min(2).max(10)).max(30),
      /** Body words that, right after an owner word, make a place someone's ("his face"). */
      body: phrases,
      /** Phrases that say the form is filled in for someone else ("writing for", "on behalf of"). */
      cues: phrases,
      /** Words that make a body place someone else's ("his", "her", "he"). */
      other: phrases,
      /** Words that show a third person writing about a client ("pt", "client"): then "her" is the client. */
      notWhen: phrases,
    })
    .optional(),
});

/** One red-flag sign's words, its tier alone and whether a past episode counts. */
export const SignSchema = z.strictObject({
  alone: z.union([tier, z.literal('none')]),
  history: z.enum(['counts', 'ignored']),
  /** counts = an episode said to have passed ("gone now", "went away") is still the sign (a TIA). */
  resolved: z.enum(['counts']).optional(),
  source: key,
  /** Patient-information pages the sign's lay wordings were written from (keys of `sources`). */
  laySources: z.array(key).optional(),
  terms: phrases,
  unlessNear: z.array(phrase).max(80).optional(),
  /**
   * Terms too common in ordinary talk to count alone ("my arm went dead"): they count only with an onset
   * word in the same sentence ("suddenly") or a companion sign anywhere in the text (a drooping face).
   */
  onlyWith: z.strictObject({ terms: phrases, words: phrases, signs: z.array(key).min(1) }).optional(),
  /** A sign that is itself pain at a rule site (a new headache is pain in the head). */
  site: key.optional(),
  /**
   * A measured value that is the sign: a number written just after one of these words (up to two words
   * between, in the same clause) counts when it lies in [atLeast, below) ("temp 38.4" is a fever).
   */
  readings: z.array(z.strictObject({ words: phrases, atLeast: z.number(), below: z.number() })).optional(),
});

/** data/red-flags/signs.yaml */
export const SignsFileSchema = z.strictObject({
  sources: z.record(key, SourceSchema),
  signs: z.record(key, SignSchema),
});

/** A body site a rule can ask about: drawn (region parents or keys) or named in words. */
export const SiteSchema = z.strictObject({
  parents: z.array(key),
  keys: z.array(key),
  words: phrases,
  /** Words that are themselves pain at the site ("headache", "sciatica"). */
  selfPain: z.array(phrase).optional(),
});

/** The conditions of a combination rule; all given ones must hold. */
export const RuleWhenSchema = z.strictObject({
  allFlags: z.array(key).min(1).optional(),
  anyFlag: z.array(key).min(1).optional(),
  anySymptom: z.array(key).min(1).optional(),
  anySite: z.array(key).min(1).optional(),
  pain: z.boolean().optional(),
  ageOver: z.number().int().min(0).max(130).optional(),
  ageUnknown: z.boolean().optional(),
});

/** One combination rule: when it fires, the signs it used are raised to its tier. */
export const RuleSchema = z.strictObject({
  id: key,
  tier,
  label: z.string().min(5).max(200),
  when: RuleWhenSchema,
  source: key,
});

/** data/red-flags/rules.yaml */
export const RulesFileSchema = z.strictObject({
  sites: z.record(key, SiteSchema),
  painWords: phrases,
  symptomFlags: z.strictObject({ sites: z.array(key).min(1), map: z.record(key, key) }),
  rules: z.array(RuleSchema).min(1),
});

/** data/context/evidence-words.yaml: everyday words per movement, activity or symptom id. */
export const EvidenceWordsFileSchema = z.strictObject({
  source: key,
  words: z.record(z.string().regex(/^[a-z][a-z0-9._-]*$/, 'an evidence id'), z.array(phrase).min(1).max(60)),
  /** Entries that are past events by nature (whiplash, an operation): a historical mention still counts. */
  historyCounts: z.array(z.string().regex(/^[a-z][a-z0-9._-]*$/, 'an evidence id')).default([]),
  /** Verb-particle pairs read as one word ("get up", "look down"), each "verb particle". */
  phrasal: z
    .array(z.string().regex(/^[a-z]+ (up|down|over|back|out|off|round)$/, 'a verb and a particle'))
    .default([]),
  /** Fixed pairs joined by "and"/"or" that name one thing ("pins and needles"): the "and" splits no phrase. */
  pairs: z
    .array(z.string().regex(/^[a-z]+ (and|or) [a-z]+$/, 'two words joined by and/or'))
    .max(50)
    .default([]),
  /** Per entry, wordings that mean something else when present in the same phrase ("fell down" for stairs). */
  unless: z
    .record(z.string().regex(/^[a-z][a-z0-9._-]*$/, 'an evidence id'), z.array(phrase).min(1))
    .default({}),
});

/** Compiled everyday evidence words. */
export type EvidenceWordsData = z.infer<typeof EvidenceWordsFileSchema>;

/** Compiled context triggers. */
export type ContextData = z.infer<typeof ContextFileSchema>;
/** Compiled red-flag lexicon. */
export type SignsData = z.infer<typeof SignsFileSchema>;
/** One sign of the compiled lexicon. */
export type SignData = z.infer<typeof SignSchema>;
/** Compiled red-flag rules, sites and pain words. */
export type RulesData = z.infer<typeof RulesFileSchema>;
/** One compiled combination rule. */
export type RuleData = z.infer<typeof RuleSchema>;
/** The context categories as a type. */
export type ContextCategory = (typeof CONTEXT_CATEGORIES)[number];
