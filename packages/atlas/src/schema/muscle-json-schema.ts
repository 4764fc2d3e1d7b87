import { z } from 'zod';
import { MuscleSchema } from './muscle-schema.ts';
import { ATLAS_SCHEMA_VERSION } from '../load-atlas.ts';

/**
 * The JSON Schema (draft 2020-12) of one atlas muscle, generated from MuscleSchema; the committed copy
 * is schema/muscle.schema.json (regenerate with scripts/generate-json-schema.ts).
 */
export function muscleJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(MuscleSchema, { target: 'draft-2020-12' });
  return {
    $schema,
    title: 'Myomap atlas muscle',
    description:
      'A muscle (or a part with its own referral pattern) of the Myomap atlas, with its trigger points, ' +
      'referral zones relative to the muscle side, clinical notes and citations. Atlas data: CC BY 4.0, ' +
      'credit "Myomap atlas".',
    $comment: `Atlas schemaVersion ${ATLAS_SCHEMA_VERSION}. Generated from MuscleSchema by packages/atlas/scripts/generate-json-schema.ts; do not edit.`,
    ...rest,
  };
}
