import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGION_KINDS } from '../regions/region-kinds.ts';
import { buildLexiconJson, LEXICON_JSON } from '../../scripts/build-lexicon.ts';
import { checkLexicon, LEXICON, LexiconSchema } from './index.ts';

describe('lexicon', () => {
  it('committed src/generated/lexicon.json equals a fresh build from the YAML', async () => {
    expect(
      readFileSync(LEXICON_JSON, 'utf8'),
      'run: node scripts/run-ts.mjs packages/atlas/scripts/build-lexicon.ts',
    ).toBe(await buildLexiconJson());
  });

  it('passes its schema and cross-checks', () => {
    expect(LexiconSchema.safeParse(LEXICON).success).toBe(true);
    expect(checkLexicon(LEXICON)).toEqual([]);
  });

  it('cross-checks catch an unknown part, a region kind without facets and an unknown relation', () => {
    const { [REGION_KINDS[0]?.key ?? '']: _dropped, ...regions } = LEXICON.facets.regions;
    const broken = {
      ...LEXICON,
      facets: {
        ...LEXICON.facets,
        regions: { ...regions, temple: { parts: ['nowhere'], near: ['astride ear'] } },
      },
    };
    const problems = checkLexicon(broken);
    expect(problems).toContain(`region kind ${REGION_KINDS[0]?.key ?? ''} has no facets`);
    expect(problems).toContain('temple: unknown part nowhere');
    expect(problems).toContain('temple: unknown relation astride');
  });

  it('every part word names a part with regions', () => {
    const withRegions = new Set(Object.values(LEXICON.facets.regions).flatMap((r) => r.parts));
    for (const e of LEXICON.parts)
      expect(
        withRegions.has(e.part) || (LEXICON.facets.parts[e.part]?.default ?? []).length > 0,
        e.part,
      ).toBe(true);
  });
});
