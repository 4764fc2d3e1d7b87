import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  blindRow,
  formatLanguageReport,
  languageJson,
  languageReport,
  retiredRow,
  type LanguageReport,
} from './eval-language.ts';
import { RETIRED_SETS } from './language-sets.ts';

// Tiny stand-in folders for blind held-out 13 (the real one is never read by tests).
const REGION = JSON.stringify([
  { id: 'b13r-001', text: 'my left calf', register: 'lay', expect: ['l.calf'], tags: ['lay'] },
]);
const EVIDENCE = JSON.stringify([
  { id: 'b13e-001', text: 'no fever', present: {}, notPresent: ['fever'], context: ['negated'] },
]);
const FLAGS = JSON.stringify([
  {
    id: 'b13f-001',
    text: 'sore shoulder after gardening',
    expectTier: 'none',
    benignLookalike: true,
    negated: false,
  },
]);
const THREE = {
  'regions-heldout.json': REGION,
  'evidence-heldout.json': EVIDENCE,
  'redflags-heldout.json': FLAGS,
};
const sha = (t: string): string => createHash('sha256').update(t).digest('hex');

function folder(files: Record<string, string>, sums?: Record<string, string>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'blind8-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  if (sums !== undefined)
    writeFileSync(
      join(dir, 'SHA256SUMS'),
      Object.entries(sums)
        .map(([name, text]) => `${sha(text)}  ${name}\n`)
        .join(''),
    );
  return pathToFileURL(`${dir}/`);
}

describe('blind held-out 13 row', () => {
  // The tuning rows of the stand-in report: one case with its own id (o1), missed, so it is listed.
  const ownText = REGION.replace('"b13r-001"', '"o1"');
  const own = blindRow(folder({ 'regions-own.json': ownText }, { 'regions-own.json': ownText }), {});
  const part = own.status === 'scored' ? own.part : undefined;
  const report = (blind: LanguageReport['blind']): LanguageReport => ({
    own: part!,
    retired: RETIRED_SETS.map((s) => ({
      label: s.label,
      part: part!,
      freeze: { frozen: true, problems: [] },
    })),
    blind,
  });

  it('says "not yet written" when the folder is absent', () => {
    const absent = new URL('./no-such-blind-folder/', pathToFileURL(`${tmpdir()}/`));
    const row = blindRow(absent);
    expect(row).toEqual({ status: 'absent' });
    const text = formatLanguageReport(report(row));
    expect(text).toContain('blind-13 not yet written');
    expect(text).not.toContain('| blind held-out 13');
  });

  it('is scored, with targets judged, when the three files match SHA256SUMS and carry their prefixes', () => {
    const row = blindRow(folder(THREE, THREE));
    expect(row.status).toBe('scored');
    if (row.status !== 'scored') return;
    expect([row.part.regions.n, row.part.evidence.n, row.part.redFlags.n]).toEqual([1, 1, 1]);
    const text = formatLanguageReport(report(row), true);
    expect(text).toMatch(
      /Targets on blind held-out 13: regions lay exact \d\.\d\d \(≥ 0\.90\) (met|NOT met)/,
    );
    expect(text).toContain('| blind held-out 13');
    expect(text).toContain('| retired held-out 1 (tuning since 2026-12-03)');
    expect(text).toContain('| retired blind 2 (tuning since 2026-12-03)');
    expect(text).toContain('| retired blind 3 (tuning since 2026-12-03)');
    expect(text).toContain('| retired blind 4 (tuning since 2026-12-03)');
    expect(text).toContain('| retired blind 5 (tuning since 2026-12-04)');
    expect(text).toContain('| retired blind 6 (tuning since 2026-12-04)');
    expect(text).toContain('| retired blind 7 (tuning since 2026-12-04)');
    // Tuning misses are listed; blind cases never are, in the table or in JSON.
    expect(text).toContain('o1');
    expect(text).not.toMatch(/b13[ref]-001/);
    expect(JSON.stringify(languageJson(report(row)))).not.toMatch(/b13[ref]-001/);
  });

  it('is not scored when a file changed after freezing (the freeze check fails)', () => {
    const changed = folder({ ...THREE, 'regions-heldout.json': REGION.replace('l.calf', 'r.calf') }, THREE);
    const row = blindRow(changed);
    expect(row).toEqual({
      status: 'unverified',
      freeze: { frozen: false, problems: ['regions-heldout.json: sha256 differs from SHA256SUMS'] },
    });
    expect(formatLanguageReport(report(row))).toContain('blind-13 present but NOT VERIFIED');
  });

  it('is not scored without SHA256SUMS, with a file missing, or with ids of another set', () => {
    expect(blindRow(folder(THREE)).status).toBe('unverified');
    const two = { 'regions-heldout.json': REGION, 'redflags-heldout.json': FLAGS };
    expect(blindRow(folder(two, two))).toEqual({
      status: 'unverified',
      freeze: { frozen: false, problems: ['evidence-heldout.json: expected, not in SHA256SUMS'] },
    });
    const old = { ...THREE, 'redflags-heldout.json': FLAGS.replace('b13f-', 'b12f-') };
    expect(blindRow(folder(old, old))).toEqual({
      status: 'unverified',
      freeze: { frozen: false, problems: ['redflags-heldout.json: 1 id(s) without the prefix b13f-'] },
    });
  });

  it('--tuning never reads the blind folder; a full run does', () => {
    // Frozen but unreadable: parsing it throws, so only a run that reads it can fail.
    const broken = { ...THREE, 'regions-heldout.json': 'not json' };
    const dir = folder(broken, broken);
    expect(languageReport('tuning', dir, []).blind).toEqual({ status: 'skipped' });
    expect(() => languageReport('all', dir, [])).toThrow();
  });

  it('the retired folders still match their sums and are scored as tuning rows', () => {
    for (const set of RETIRED_SETS) {
      const row = retiredRow(set);
      expect(row.freeze, set.label).toEqual({ frozen: true, problems: [] });
      const items = row.part.regions.n + row.part.evidence.n + row.part.redFlags.n;
      expect(items, set.label).toBeGreaterThan(200);
    }
  });
});
