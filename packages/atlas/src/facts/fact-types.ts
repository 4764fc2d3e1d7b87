import type { z } from 'zod';
import type { CitationSchema } from '../schema/muscle-schema.ts';

/** A textbook fact the atlas must reproduce: this muscle refers to (or sits in) these regions. */
export interface AtlasFact {
  /** The fact in plain words, our own. */
  readonly fact: string;
  readonly muscle: string;
  /** Region keys (side-less) the muscle's referral must include, in any zone. */
  readonly refersTo?: readonly string[];
  /** Region keys that must be essential-zone regions of some trigger point. */
  readonly essentialIn?: readonly string[];
  /** Region key where one of its trigger points must be located. */
  readonly locatedIn?: string;
  readonly source: z.infer<typeof CitationSchema>;
}
