import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BLIND_4 } from './blind.ts';
import { loadFrozenSet } from './frozen-set.ts';

const aCase = (id: string): unknown => ({
  id,
  category: 'single-area',
  description: 'a made-up case for the loader test',
  drawing: [{ region: 'r.temple', intensity: 5 }],
  expected: ['temporalis', 'upper-trapezius'],
  mustInclude: ['temporalis'],
  source: { citation: 'none', url: 'https://example.org/', locator: 'none' },
});

/** A temporary folder holding a case file and, when given, the SHA256SUMS line written for `sumOf`. */
function folder(cases: unknown, sumOf?: string): URL {
  const dir = mkdtempSync(join(tmpdir(), 'frozen-set-'));
  const text = JSON.stringify(cases);
  writeFileSync(join(dir, 'blind-cases.json'), text);
  if (sumOf !== undefined)
    writeFileSync(
      join(dir, 'SHA256SUMS'),
      `${createHash('sha256').update(sumOf).digest('hex')}  blind-cases.json\n`,
    );
  return pathToFileURL(`${dir}/`);
}
const place = (dir: URL) => ({ dir, file: 'blind-cases.json', idPrefix: 'blind4-' });

describe('a frozen blind set', () => {
  it('is absent when its file is not there (the eval says "not yet written")', () => {
    const dir = pathToFileURL(`${mkdtempSync(join(tmpdir(), 'frozen-set-'))}/`);
    expect(loadFrozenSet(place(dir)).status).toBe('absent');
  });

  it('is verified only when SHA256SUMS matches, and then parsed', () => {
    const cases = [aCase('blind4-a'), aCase('blind4-b')];
    const good = loadFrozenSet(place(folder(cases, JSON.stringify(cases))));
    expect(good.status).toBe('verified');
    expect(good.status === 'verified' ? good.cases.map((c) => c.id) : []).toEqual(['blind4-a', 'blind4-b']);
  });

  it('is not scored when changed since frozen, without SHA256SUMS, or with ids of another set', () => {
    const cases = [aCase('blind4-a')];
    expect(loadFrozenSet(place(folder(cases, '[]')))).toMatchObject({ status: 'unverified' });
    expect(loadFrozenSet(place(folder(cases)))).toMatchObject({
      status: 'unverified',
      problem: 'no SHA256SUMS',
    });
    const wrong = [aCase('blind-a')];
    expect(loadFrozenSet(place(folder(wrong, JSON.stringify(wrong))))).toMatchObject({
      status: 'unverified',
      problem: expect.stringContaining('blind4-') as unknown,
    });
  });

  it('blind set 4 lives in bench/cases/blind-4/blind-cases.json with ids "blind4-"', () => {
    expect(BLIND_4.dir.pathname.endsWith('/bench/cases/blind-4/')).toBe(true);
    expect(BLIND_4.file).toBe('blind-cases.json');
    expect(BLIND_4.idPrefix).toBe('blind4-');
  });
});
