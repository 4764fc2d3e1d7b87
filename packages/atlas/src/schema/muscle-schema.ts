import { z } from 'zod';
import { ACTIVITIES } from '../vocabulary/activities.ts';
import { BODY_AREAS } from '../vocabulary/body-areas.ts';
import { CAUTIONS } from '../vocabulary/cautions.ts';
import { MOVEMENTS } from '../vocabulary/movements.ts';
import { SYMPTOMS } from '../vocabulary/symptoms.ts';
import { WORKS } from '../sources/works.ts';

/** The keys of a vocabulary object as a non-empty tuple, ready for `z.enum`. */
export const enumKeys = <T extends object>(o: T): [keyof T & string, ...(keyof T & string)[]] =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case slug');
const text = z.string().min(3);

/**
 * A region reference relative to the muscle's side: "temple" (same side for lateral regions,
 * the midline region for midline kinds) or "contra.temple" (the opposite side).
 */
export const RelativeRegionRefSchema = z
  .string()
  .regex(/^(contra\.)?[a-z0-9-]+$/, 'must be "key" or "contra.key"');

/** How often this muscle is the culprit when pain is felt in a region (a textbook pain-guide order). */
export const CulpritSchema = z.enum(['primary', 'common', 'occasional']);

/** One region of a referral pattern: which zone it belongs to and how often the muscle is the cause there. */
export const ReferralZoneSchema = z.object({
  region: RelativeRegionRefSchema,
  zone: z.enum(['essential', 'spillover']),
  culprit: CulpritSchema,
});

/** Whether a trigger point refers to its own side, both sides, or across the midline. */
export const LateralitySchema = z.enum(['ipsilateral', 'bilateral', 'crosses-midline']);

/**
 * The views a trigger point's marker position is stored for: the muscle on the person's RIGHT side (or
 * the midline). The left side's positions are these mirrored (x -> 1 - x; right-lateral -> left-lateral,
 * head-right -> head-left), as the body map views are drawn mirror-symmetric (the hand and foot
 * close-ups show both sides, one the mirror image of the other).
 */
export const MARKER_VIEWS = [
  'anterior',
  'posterior',
  'right-lateral',
  'face',
  'head-right',
  'mouth',
  'hand-dorsal',
  'hand-palmar',
  'foot-dorsal',
  'foot-plantar',
] as const;

/** A marker position on a view's figure, normalised: [x / width, y / height], both 0..1. */
export const MarkerPointSchema = z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]);

/** Marker positions per view, for each view in which the trigger point's region is drawn. */
export const TriggerPointMarkersSchema = z.partialRecord(z.enum(MARKER_VIEWS), MarkerPointSchema);

/** A trigger point: where it sits and the pattern it refers. */
export const TriggerPointSchema = z.object({
  /** "<muscle-id>.<short-slug>", unique in the atlas. */
  id: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/),
  /** Short label shown on the map, e.g. "TrP1" or "central". */
  label: z.string().min(1).max(24),
  location: z.object({ region: RelativeRegionRefSchema, description: text }),
  referral: z.array(ReferralZoneSchema).min(1),
  laterality: LateralitySchema,
  /** Optional note on the pattern (e.g. "often latent", "refers during chewing"). */
  note: z.string().optional(),
  /** true when the references describe this point as usually latent (tender, rarely the cause of spontaneous pain). */
  latent: z.boolean().optional(),
  /**
   * true when the pattern was mapped by injecting saline into the muscle of volunteers (an injection
   * study) rather than found in patients; the muscle page hides these unless asked.
   */
  experimental: z.boolean().optional(),
  /** Where the marker sits on each view that draws its region (right side; see MARKER_VIEWS). */
  markers: TriggerPointMarkersSchema.optional(),
});

/** A citation: a work from the bibliography plus a chapter or page locator. */
export const CitationSchema = z.object({
  work: z.enum(enumKeys(WORKS)),
  locator: z.string().min(1),
});

/** Identifiers copied from the shared muscle-ids table, with that row's name and source. */
export const MuscleIdentifiersSchema = z.object({
  /** The exact `name` column of the row in data/muscle-ids.tsv. */
  tableName: z.string().min(1),
  uberon: z
    .string()
    .regex(/^UBERON:\d{7}$/)
    .optional(),
  fma: z
    .string()
    .regex(/^FMA:\d+$/)
    .optional(),
  /** The row's `sources` column, copied. */
  source: z.string().min(1),
});

/** A muscle or a muscle part that carries its own referral pattern. */
export const MuscleSchema = z.object({
  id: slug,
  name: z.string().min(2),
  aliases: z.array(z.string().min(2)),
  area: z.enum(BODY_AREAS),
  /** false for unpaired midline muscles (e.g. diaphragm treated as one). */
  paired: z.boolean(),
  identifiers: MuscleIdentifiersSchema.optional(),
  actions: z.array(text).min(1),
  /** Movements whose end range its trigger points limit (stretch restriction). */
  restricts: z.array(z.enum(enumKeys(MOVEMENTS))),
  /** Movements that load the muscle and hurt when it harbours active trigger points (contraction or load pain). */
  painfulOn: z.array(z.enum(enumKeys(MOVEMENTS))).optional(),
  perpetuatedBy: z.array(z.enum(enumKeys(ACTIVITIES))),
  symptoms: z.array(z.enum(enumKeys(SYMPTOMS))),
  entrapments: z.array(text),
  palpation: z.object({
    position: text,
    method: z.enum(['flat', 'pincer', 'flat-or-pincer', 'internal']),
    howToFind: text,
  }),
  treatment: z.object({ position: text, pressure: text, expect: text }),
  selfCare: z.object({ pressure: text, stretch: text }),
  cautions: z.array(z.enum(enumKeys(CAUTIONS))),
  /** Muscles in the same functional unit or with satellite trigger points. */
  related: z.array(slug),
  triggerPoints: z.array(TriggerPointSchema).min(1),
  sources: z.array(CitationSchema).min(1),
});

/** A muscle as authored in the atlas source files. */
export type Muscle = z.infer<typeof MuscleSchema>;
/** A trigger point as authored in the atlas source files. */
export type TriggerPoint = z.infer<typeof TriggerPointSchema>;
/** One region entry of a referral pattern. */
export type ReferralZone = z.infer<typeof ReferralZoneSchema>;
/** primary | common | occasional. */
export type Culprit = z.infer<typeof CulpritSchema>;
/** A view a marker position is stored for. */
export type MarkerView = (typeof MARKER_VIEWS)[number];
/** ipsilateral | bilateral | crosses-midline. */
export type Laterality = z.infer<typeof LateralitySchema>;
