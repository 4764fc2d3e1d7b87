import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildOutlineTable,
  OUTLINES_JSON,
  outlineTableText,
} from '../../geometry-src/muscle-landmarks/outline-table.ts';

describe('src/geometry/generated/muscle-outlines.json', () => {
  it('equals a fresh build of geometry-src/muscle-landmarks/*.yaml', () => {
    expect(
      readFileSync(OUTLINES_JSON, 'utf8') === outlineTableText(buildOutlineTable()),
      'stale: run node scripts/run-ts.mjs packages/atlas/scripts/muscle-outlines-generate.ts',
    ).toBe(true);
  });
});
