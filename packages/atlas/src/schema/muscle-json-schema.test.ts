import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaFileJsonSchema, muscleFileJsonSchema, muscleJsonSchema } from './muscle-json-schema.ts';

const COMMITTED = new URL('../../schema/muscle.schema.json', import.meta.url);

describe('muscle JSON Schema', () => {
  it('committed schema/muscle.schema.json equals a fresh generation from MuscleSchema', () => {
    const committed = readFileSync(COMMITTED, 'utf8');
    expect(committed, 'run: node scripts/run-ts.mjs packages/atlas/scripts/generate-json-schema.ts').toBe(
      `${JSON.stringify(muscleJsonSchema(), null, 2)}\n`,
    );
  });

  it('committed muscle-file and area-file schemas (editor completion for the YAML) are fresh', () => {
    for (const [name, schema] of [
      ['muscle-file.schema.json', muscleFileJsonSchema()],
      ['area-file.schema.json', areaFileJsonSchema()],
    ] as const) {
      const committed = readFileSync(new URL(`../../schema/${name}`, import.meta.url), 'utf8');
      expect(committed, `${name}: run packages/atlas/scripts/generate-json-schema.ts`).toBe(
        `${JSON.stringify(schema, null, 2)}\n`,
      );
    }
  });

  it('describes the fields every muscle has', () => {
    const schema = muscleJsonSchema() as {
      type: string;
      required: string[];
      properties: Record<string, unknown>;
    };
    expect(schema.type).toBe('object');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'triggerPoints', 'sources']));
    expect(Object.keys(schema.properties)).toContain('cautions');
  });
});
