import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { blindRow, formatLanguageReport, languageJson, type LanguageReport } from './eval-language.ts';
import { RETIRED_HELDOUT_DIR } from './language-sets.ts';

// Tiny stand-in folders for blind held-out 2 (the real one is never read by tests).
const REGION = JSON.stringify([
  { id: 'r1', text: 'my left calf', register: 'lay', expect: ['l.calf'], tags: ['lay'] },
]);
const FLAGS = JSON.stringify([
  {
    id: 'f1',
    text: 'sore shoulder after gardening',
    expectTier: 'none',
    benignLookalike: true,
    negated: false,
  },
]);
const sha = (t: string): string => createHash('sha256').update(t).digest('hex');

function folder(files: Record<string, string>, sums?: Record<string, string>): URL {
  const dir = mkdtempSync(join(tmpdir(), 'blind2-'));
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

describe('blind held-out 2 row', () => {
  // The tuning rows of the stand-in report: one case with its own id (o1), missed, so it is listed.
  const ownText = REGION.replace('"r1"', '"o1"');
  const own = blindRow(folder({ 'regions-own.json': ownText }, { 'regions-own.json': ownText }));
  const part = own.status === 'scored' ? own.part : undefined;
  const report = (blind: LanguageReport['blind']): LanguageReport => ({
    own: part!,
    retired: { part: part!, freeze: { frozen: true, problems: [] } },
    blind,
  });

  it('is "not yet placed" when the folder is absent, and the report says so', () => {
    const absent = new URL('./no-such-blind-folder/', pathToFileURL(`${tmpdir()}/`));
    const row = blindRow(absent);
    expect(row).toEqual({ status: 'absent' });
    const text = formatLanguageReport(report(row));
    expect(text).toContain('blind-2 not yet placed');
    expect(text).not.toContain('| blind held-out 2');
  });

  it('is scored, with targets judged, when every file matches SHA256SUMS', () => {
    const files = { 'regions-heldout.json': REGION, 'redflags-heldout.json': FLAGS };
    const row = blindRow(folder(files, files));
    expect(row.status).toBe('scored');
    if (row.status !== 'scored') return;
    expect(row.part.regions.n).toBe(1);
    expect(row.part.redFlags.n).toBe(1);
    const text = formatLanguageReport(report(row), true);
    expect(text).toMatch(/Targets on blind held-out 2: regions lay exact \d\.\d\d \(≥ 0\.90\) (met|NOT met)/);
    expect(text).toContain('| blind held-out 2');
    expect(text).toContain('retired held-out 1 (tuning since 2026-12-03)');
    // Tuning misses are listed; blind cases never are, in the table or in JSON.
    expect(text).toContain('o1');
    expect(text).not.toMatch(/\b(r1|f1)\b/);
    expect(JSON.stringify(languageJson(report(row)))).not.toMatch(/"(r1|f1)"/);
  });

  it('is not scored when a file changed after freezing (the freeze check fails)', () => {
    const changed = folder(
      { 'regions-heldout.json': REGION.replace('l.calf', 'r.calf') },
      { 'regions-heldout.json': REGION },
    );
    const row = blindRow(changed);
    expect(row).toEqual({
      status: 'unverified',
      freeze: { frozen: false, problems: ['regions-heldout.json: sha256 differs from SHA256SUMS'] },
    });
    expect(formatLanguageReport(report(row))).toContain('blind-2 present but NOT VERIFIED');
  });

  it('is not scored without SHA256SUMS', () => {
    expect(blindRow(folder({ 'regions-heldout.json': REGION })).status).toBe('unverified');
  });

  it('the retired held-out 1 folder still matches its sums', () => {
    expect(blindRow(RETIRED_HELDOUT_DIR).status).toBe('scored');
  });
});
