import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFreeze, loadOwnSets } from './language-sets.ts';

describe('our language sets', () => {
  const own = loadOwnSets();
  it('evidence: at least 100 phrases, 34 of them negated, hypothetical, historical or about another person', () => {
    expect(own.evidence.length).toBeGreaterThanOrEqual(100);
    expect(own.evidence.filter((c) => c.context.some((x) => x !== 'plain')).length).toBeGreaterThanOrEqual(
      34,
    );
  });
  it('red flags: at least 55 cases over every tier, 17 benign look-alikes, sources on the flagged ones', () => {
    expect(own.redFlags.length).toBeGreaterThanOrEqual(55);
    expect(new Set(own.redFlags.map((c) => c.expectTier)).size).toBe(5);
    expect(own.redFlags.filter((c) => c.benignLookalike).length).toBeGreaterThanOrEqual(17);
    for (const c of own.redFlags.filter((x) => x.expectTier !== 'none')) expect(c.source, c.id).toBeDefined();
  });
  it('ids are unique', () => {
    for (const set of [own.evidence, own.redFlags, own.regions])
      expect(new Set(set.map((c) => c.id)).size).toBe(set.length);
  });
});

describe('held-out freeze check', () => {
  function folder(files: Record<string, string>, sums: string | undefined): URL {
    const dir = mkdtempSync(join(tmpdir(), 'heldout-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    if (sums !== undefined) writeFileSync(join(dir, 'SHA256SUMS'), sums);
    return pathToFileURL(`${dir}/`);
  }
  const sha = (t: string): string => createHash('sha256').update(t).digest('hex');

  it('passes when every json file is listed with its hash', () => {
    const dir = folder({ 'redflags-x.json': '[]' }, `${sha('[]')}  redflags-x.json\n`);
    expect(checkFreeze(dir)).toEqual({ frozen: true, problems: [] });
  });
  it('fails on a changed file, an unlisted file, or no sums', () => {
    const changed = folder({ 'a.json': '[1]' }, `${sha('[]')}  a.json\n`);
    expect(checkFreeze(changed).problems).toEqual(['a.json: sha256 differs from SHA256SUMS']);
    const extra = folder({ 'a.json': '[]', 'b.json': '[]' }, `${sha('[]')}  a.json\n`);
    expect(checkFreeze(extra).problems).toEqual(['b.json: not in SHA256SUMS']);
    expect(checkFreeze(folder({ 'a.json': '[]' }, undefined)).frozen).toBe(false);
  });
});
