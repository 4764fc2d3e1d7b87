import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMuscles, MUSCLES_JSON, musclesJsonText } from '../../scripts/muscle-data.ts';

describe('src/generated/muscles.json', () => {
  it('equals a fresh build of data/muscles/**/*.yaml', () => {
    expect(
      readFileSync(MUSCLES_JSON, 'utf8') === musclesJsonText(buildMuscles()),
      'stale: run node scripts/run-ts.mjs packages/atlas/scripts/build-muscles.ts',
    ).toBe(true);
  });
});
