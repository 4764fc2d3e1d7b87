import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';
import { exportFingerprint } from './export-fingerprint.ts';

// Captured from `myomap atlas export` while the muscles were still TypeScript modules (before the
// move to packages/atlas/data/muscles/*.yaml). Any change to a muscle's facts shows up here by id;
// an intended change to the data regenerates this file on purpose, in the same commit.
const before = JSON.parse(
  readFileSync(new URL('./atlas-export.fingerprint.json', import.meta.url), 'utf8'),
) as { whole: string; muscles: Record<string, string> };

describe('atlas export after the move to data files', () => {
  const now = exportFingerprint(loadAtlas());

  it('has the same muscles, each identical', () => {
    const changed = Object.keys({ ...before.muscles, ...now.muscles }).filter(
      (id) => before.muscles[id] !== now.muscles[id],
    );
    expect(changed).toEqual([]);
  });

  it('is identical as a whole (order, regions, works, vocabularies)', () => {
    expect(now.whole).toBe(before.whole);
  });
});
