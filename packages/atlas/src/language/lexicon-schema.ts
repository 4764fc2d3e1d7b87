import { z } from 'zod';

const key = z.string().regex(/^[a-z][a-z0-9-]*$/, 'kebab-case key');
const word = z.string().min(1).max(60);
const words = z.array(word).min(1).max(1000);
const src = z.string().min(2).max(20);

/** Where a region kind sits on its parts: surface, level, border, named features and relations. */
export const RegionFacetsSchema = z.strictObject({
  parts: z.array(key).min(1),
  surface: z.array(key).optional(),
  level: z.enum(['upper', 'middle', 'lower']).optional(),
  border: key.optional(),
  features: z.array(key).optional(),
  /** "behind ear": a relation key and a landmark part. */
  /** Relations to a landmark part, with the facet a word gives it when only that spot counts ("below chest central": under the breastbone). */
  near: z.array(z.string().regex(/^[a-z-]+ [a-z-]+( [a-z-]+)?$/, '"relation part [facet]"')).optional(),
});

/** A body part: its default and whole readings and its part-relative direction axes. */
export const PartSchema = z.strictObject({
  default: z.array(key).optional(),
  whole: z.array(key).optional(),
  /** Larger parts this one lies within ("fingers" within "hand"): "fingers on my hand" is the fingers. */
  within: z.array(key).optional(),
  axes: z.record(key, z.array(key).min(1)).optional(),
  /** A part of the body's midline (neck, back, chest): "neck pain on the right side" is its right side. */
  axial: z.boolean().optional(),
  /** A part where "the left side of" names its left half ("left side of my lower back", "of my jaw"), not its side surface. */
  halves: z.boolean().optional(),
  /** Directions narrow the default reading first ("lat leg" is the side of the lower leg), the whole only if none fits. */
  narrowsDefault: z.boolean().optional(),
  /** Written with a count ("ribs 5-7", "2nd-4th ribs") beside a place on these parts, the count is only that place's height. */
  countsHeightOn: z.array(key).optional(),
  /** Directions that name a part within this one ("my back ... down low" is the lower back). */
  sections: z.record(key, key).optional(),
});

/** The region facets file (data/region-facets.yaml). */
export const FacetsFileSchema = z.strictObject({
  defaultAxes: z.record(key, z.array(key).min(1)),
  relationAxes: z.record(key, z.array(key).min(1)),
  parts: z.record(key, PartSchema),
  regions: z.record(key, RegionFacetsSchema),
  chains: z.record(key, z.array(key).min(2)),
});

/** One body-part word entry: the words, the part they name and the facets they carry. */
export const PartEntrySchema = z.strictObject({
  words,
  part: key,
  facets: z.array(key).optional(),
  /** A word that also names the side ("RUQ": right upper quadrant). */
  side: z.enum(['l', 'r']).optional(),
  /** A second sense used only when this part is already named in the sentence ("my bum, right cheek"). */
  whenNear: key.optional(),
  src,
});

/** data/lexicon/parts.yaml */
export const PartsFileSchema = z.strictObject({ entries: z.array(PartEntrySchema).min(1) });

/** data/lexicon/directions.yaml */
export const DirectionsFileSchema = z.strictObject({
  directions: z.array(z.strictObject({ words, direction: z.array(key).min(1), src })).min(1),
  relations: z.array(z.strictObject({ words, relation: key, src })).min(1),
});

/** data/lexicon/sides.yaml */
export const SidesFileSchema = z.strictObject({
  sides: z.array(z.strictObject({ words, side: z.enum(['l', 'r', 'both', 'midline']), src })).min(1),
});

const wordList = z.strictObject({ src, words });

/** data/lexicon/function-words.yaml */
export const FunctionWordsFileSchema = z.strictObject({
  negation: wordList,
  /** Written after the places they clear ("knee NAD", "sternum NT"): they negate their own clause. */
  negationAfter: wordList,
  terminators: wordList,
  quantity: wordList,
  determiners: wordList,
  activity: wordList,
  rangeStart: wordList,
  rangeEnd: wordList,
  joiners: wordList,
  /** Words for the pain itself: they end an activity's reach ("after gardening the pain is in my back"). */
  painWords: wordList,
  emphasisAfterRight: wordList,
  /** Where a referred pain comes from ("?referred from masseter"): the place after it is its source, not painted. */
  sources: wordList,
  /** Words of degree between "the" and a direction ("the very back", "the far top"): the direction is still after "the". */
  degreeWords: wordList,
  /** Real words written for a body part that sounds the same ("heal" for "heel"), read so after a side or determiner. */
  soundAlikes: z.strictObject({
    src,
    pairs: z.record(z.string().regex(/^[a-z]+$/), z.string().regex(/^[a-z]+$/)),
  }),
  /** Words that tell the time right after a number ("4pm"): fillers there, whatever else they mean. */
  clockWords: wordList,
  /** A measure ("trismus", "opening") whose units after a number ("2 fingers") are no place. */
  measures: z.strictObject({ src, words, units: words, linking: words }),
  /** Short forms written with a full stop that does not end the sentence ("R med. arch", "ant. neck"). */
  abbreviations: wordList,
  /** A part of the muscle just named ("biceps belly", "hamstring, mid belly"), not a place of its own. */
  muscleParts: wordList,
  /** The side named last ("teeth on that side", "the same temple"). */
  sameSide: wordList,
  /** The side opposite the one named last ("the other knee"). */
  otherSide: wordList,
  /** The place named last, on the other side ("my left knee is fine but the other one aches"). */
  otherOne: wordList,
  /** "the back of it": after "of" or a relation word, the place written last. */
  pronouns: wordList,
  fillers: wordList,
});

/** data/lexicon/common-words.yaml: real English words the spelling corrector must leave alone. */
export const CommonWordsFileSchema = z.strictObject({
  src,
  words: z.array(z.string().regex(/^[a-z]+$/)).max(20000),
});

/** The compiled lexicon: region facets plus every word list, as written to src/generated/lexicon.json. */
export const LexiconSchema = z.strictObject({
  facets: FacetsFileSchema,
  parts: PartsFileSchema.shape.entries,
  directions: DirectionsFileSchema.shape.directions,
  relations: DirectionsFileSchema.shape.relations,
  sides: SidesFileSchema.shape.sides,
  functionWords: FunctionWordsFileSchema,
  commonWords: CommonWordsFileSchema.shape.words,
});

/** The compiled lexicon's type. */
export type Lexicon = z.infer<typeof LexiconSchema>;
/** Facets of one region kind. */
export type RegionFacets = z.infer<typeof RegionFacetsSchema>;
/** One body part's readings and axes. */
export type PartInfo = z.infer<typeof PartSchema>;
