import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContextJson } from '../../scripts/build-context.ts';
import { RED_FLAGS } from '../vocabulary/red-flags.ts';
import { RED_FLAG_LEXICON, RED_FLAG_RULES } from './index.ts';

describe('generated context and red-flag data', () => {
  it('the committed JSON equals a fresh build from the YAML', async () => {
    for (const f of await buildContextJson())
      expect(
        readFileSync(f.path, 'utf8'),
        `run: node scripts/run-ts.mjs packages/atlas/scripts/build-context.ts`,
      ).toBe(f.text);
  });

  it('every red flag id has a sign with at least one term, and every rule a source', () => {
    for (const id of Object.keys(RED_FLAGS))
      expect(RED_FLAG_LEXICON.signs[id]?.terms.length, id).toBeGreaterThan(0);
    for (const r of RED_FLAG_RULES.rules) expect(RED_FLAG_LEXICON.sources[r.source], r.id).toBeDefined();
  });
});
