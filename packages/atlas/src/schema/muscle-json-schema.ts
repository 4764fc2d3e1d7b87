import { z } from 'zod';
import { MuscleSchema } from './muscle-schema.ts';
import { AreaFileSchema, MuscleFileSchema } from './muscle-file-schema.ts';
import { ATLAS_SCHEMA_VERSION } from '../load-atlas.ts';

const generated = 'do not edit; regenerate with packages/atlas/scripts/generate-json-schema.ts';

function toJson(
  schema: z.ZodType,
  title: string,
  description: string,
  from: string,
): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' });
  return {
    $schema,
    title,
    description,
    $comment: `Atlas schemaVersion ${ATLAS_SCHEMA_VERSION}. Generated from ${from}; ${generated}.`,
    ...rest,
  };
}

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

/** JSON Schema of one muscle data file, data/muscles/<area>/<id>.yaml (schema/muscle-file.schema.json). */
export function muscleFileJsonSchema(): Record<string, unknown> {
  return toJson(
    MuscleFileSchema,
    'Myomap atlas muscle file',
    'One muscle of the Myomap atlas as written in data/muscles/<area>/<id>.yaml: a muscle without "area" ' +
      '(the folder gives it); fields the area file gives defaults for may be left out.',
    'MuscleFileSchema',
  );
}

/** JSON Schema of an area file, data/muscles/<area>/_area.yaml (schema/area-file.schema.json). */
export function areaFileJsonSchema(): Record<string, unknown> {
  return toJson(
    AreaFileSchema,
    'Myomap atlas area file',
    "The atlas order of one area's muscles and the defaults its muscle files share (a field stated in a " +
      'muscle file replaces the default whole).',
    'AreaFileSchema',
  );
}
