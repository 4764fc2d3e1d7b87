import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadAtlas } from '@myomap/atlas';

const BIN = fileURLToPath(new URL('../../../bin/myomap.js', import.meta.url));
const atlas = loadAtlas();

function myomap(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts the CLI several times; a loaded two-core machine needs more than the default 30 s.
describe('myomap atlas', { timeout: 120_000 }, () => {
  it('counts the atlas as JSON and as a table', () => {
    const r = myomap(['atlas', 'stats', '--json']);
    expect(r.status).toBe(0);
    const stats = JSON.parse(r.stdout) as Record<string, number>;
    expect(stats).toEqual({
      muscles: atlas.muscles.length,
      triggerPoints: atlas.muscles.reduce((n, m) => n + m.triggerPoints.length, 0),
      regionsWithReferral: expect.any(Number) as number,
      musclesWithIdentifiers: expect.any(Number) as number,
      sources: new Set(atlas.muscles.flatMap((m) => m.sources.map((s) => s.work))).size,
      schemaVersion: atlas.schemaVersion,
    });
    expect(stats.regionsWithReferral).toBeGreaterThan(100);
    expect(stats.regionsWithReferral).toBeLessThanOrEqual(atlas.regions.length);
    expect(stats.musclesWithIdentifiers).toBeLessThanOrEqual(stats.muscles ?? 0);
    const table = myomap(['atlas', 'stats']).stdout;
    expect(table).toMatch(/trigger points\s+\d+/);
  });

  it('shows a muscle by id, name or alias, case-insensitive', () => {
    const byId = JSON.parse(myomap(['atlas', 'show', 'infraspinatus', '--json']).stdout) as { id: string };
    expect(byId.id).toBe('infraspinatus');
    const byName = JSON.parse(myomap(['atlas', 'show', 'UPPER Trapezius', '--json']).stdout) as {
      id: string;
    };
    expect(byName.id).toBe('upper-trapezius');
    const byAlias = JSON.parse(myomap(['atlas', 'show', 'scm sternal head', '--json']).stdout) as {
      id: string;
    };
    expect(byAlias.id).toBe('sternocleidomastoid-sternal');
    const text = myomap(['atlas', 'show', 'temporalis']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Temporalis');
    expect(text.stdout).toContain('essential: temple (common), eyebrow (primary)');
    expect(text.stdout).toContain('Simons DG');
  });

  it('refuses an unknown muscle with one line, exit 2 and at most three suggestions', () => {
    const r = myomap(['atlas', 'show', 'infraspinatis']);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('did you mean infraspinatus');
    const suggestions = (lines[0] ?? '').split('did you mean ')[1]?.replace(/\?$/, '').split(', ') ?? [];
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(3);
  });

  it('lists what refers to the places a description names', () => {
    const r = myomap(['atlas', 'where', 'right temple, purple elephant', '--json']);
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout) as {
      regions: {
        id: string;
        name: string;
        guide: { muscle: { id: string }; side: string; zone: string; culprit: string }[];
      }[];
      unresolved: string[];
      notes: string[];
    };
    expect(result.regions.map((x) => x.id)).toEqual(['r.temple']);
    const guide = result.regions[0]?.guide ?? [];
    expect(guide[0]).toEqual({
      muscle: { id: expect.any(String) as string, name: expect.any(String) as string },
      side: 'r',
      zone: 'essential',
      culprit: 'primary',
    });
    expect(guide.map((g) => g.muscle.id)).toContain('temporalis');
    expect(result.unresolved).toEqual(['purple elephant']);
    const text = myomap(['atlas', 'where', 'right temple']).stdout;
    expect(text).toMatch(/right temple \(r\.temple\)\n\s+1\. /);
    const none = myomap(['atlas', 'where', 'purple elephant']);
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exports the whole atlas with its licence notice, to stdout or a file', () => {
    const r = myomap(['atlas', 'export', '--format', 'json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as {
      schemaVersion: number;
      generatedBy: string;
      licence: { data: string; credit: string; identifierSources: { name: string; licence: string }[] };
      regions: unknown[];
      muscles: { id: string }[];
      works: { id: string; citation: string }[];
      vocabularies: Record<string, unknown>;
    };
    expect(doc.schemaVersion).toBe(atlas.schemaVersion);
    expect(doc.generatedBy).toMatch(/^myomap \d+\.\d+\.\d+$/);
    expect(doc.licence.data).toBe('CC-BY-4.0');
    expect(doc.licence.credit).toBe('Myomap atlas');
    expect(doc.licence.identifierSources.map((s) => `${s.name}: ${s.licence}`)).toEqual(
      expect.arrayContaining(['UBERON: CC BY 3.0', 'FMA: CC BY 3.0', 'BodyParts3D: CC BY-SA 2.1 JP']),
    );
    expect(doc.licence.identifierSources.some((s) => s.name === 'SNOMED CT')).toBe(true);
    expect(doc.muscles).toHaveLength(atlas.muscles.length);
    expect(doc.regions).toHaveLength(atlas.regions.length);
    expect(doc.works.every((w) => w.citation.length > 10)).toBe(true);
    expect(Object.keys(doc.vocabularies)).toEqual(
      expect.arrayContaining(['bodyAreas', 'movements', 'activities', 'symptoms', 'cautions']),
    );

    const out = join(mkdtempSync(join(tmpdir(), 'myomap-atlas-')), 'atlas.json');
    const written = myomap(['atlas', 'export', '--format', 'json', '--out', out]);
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(out);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(doc);

    const bad = myomap(['atlas', 'export', '--format', 'csv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
