import { z } from 'zod';
import { WORKS } from '../sources/works.ts';
import { CulpritSchema, enumKeys } from './muscle-schema.ts';

/**
 * What kind of evidence a culprit rating rests on, strongest first:
 * - `pain-guide`: a trigger point manual's per-region guide (the muscles to check for pain in that
 *   region, most likely first), read in the manual or as reproduced on a clinician's page;
 * - `area-list`: a reference site's or a clinician's list of the muscles that refer to an area
 *   (triggerpoints.net area pages, therapist associations' symptom checkers);
 * - `study`: a paper (an injection study, a prevalence study of trigger points in a pain group);
 * - `muscle-chapter`: only the manual's chapter on the muscle (its pattern drawing), no region guide.
 */
export const CULPRIT_BASES = ['pain-guide', 'area-list', 'study', 'muscle-chapter'] as const;

/** One source of a culprit rating: a work from the bibliography, where in it, and what kind of evidence. */
export const CulpritSourceSchema = z
  .object({
    basis: z.enum(CULPRIT_BASES),
    /**
     * What this source alone says: for a guide, `primary` when it names the muscle first or as a main
     * source of pain in the region and `common` when it only lists it; for a muscle chapter, the rating
     * read from the chapter; for a study, `occasional`.
     */
    supports: CulpritSchema,
    work: z.enum(enumKeys(WORKS)),
    locator: z.string().min(3).max(300),
    /** The page the locator points to, when the work is a website or a reproduction of a guide. */
    url: z.url().max(300).optional(),
  })
  .strict()
  .refine((s) => (s.basis === 'study') === (s.supports === 'occasional') || s.basis === 'muscle-chapter', {
    message: 'a guide supports primary or common; a study supports occasional',
    path: ['supports'],
  });

/** One muscle's rating for one region, with its sources (the first is the one the rating follows). */
export const CulpritRatingSchema = z
  .object({
    muscle: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a muscle id'),
    rating: CulpritSchema,
    sources: z.array(CulpritSourceSchema).min(1).max(12),
  })
  .strict();

/**
 * A culprit file, `data/culprits/<region group>.yaml`: per region kind of that group, every muscle
 * referring there with its rating — the single source of the `culprit` of every referral entry.
 */
export const CulpritFileSchema = z
  .object({
    regions: z.record(
      z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a region kind'),
      z.array(CulpritRatingSchema).min(1).max(60),
    ),
  })
  .strict();

/** One source of a culprit rating. */
export type CulpritSource = z.infer<typeof CulpritSourceSchema>;
/** One muscle's sourced rating for a region. */
export type CulpritRating = z.infer<typeof CulpritRatingSchema>;
/** A parsed culprit file. */
export type CulpritFile = z.infer<typeof CulpritFileSchema>;
