import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/myomap.js', import.meta.url));

function myomap(args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('myomap command', () => {
  it('prints help and version', () => {
    expect(myomap(['--help']).stdout).toContain('serve');
    expect(myomap(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('resolves text to regions as JSON', () => {
    const r = myomap(['resolve', 'behind the right eye, purple elephant', '--json']);
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout) as { readings: { text: string; regions: string[] }[] };
    expect(json).toMatchObject({ regions: ['r.eye'], unresolved: ['purple elephant'], notes: [] });
    // The reading keeps the phrase as written, so a user can see what each phrase became.
    expect(json.readings.map((x) => [x.text, x.regions])).toEqual([['behind the right eye', ['r.eye']]]);
  });

  it('prints how each phrase was read', () => {
    const r = myomap(['resolve', 'no pain in the left knee, behind the right eye']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('read: "no pain in the left knee" -> ruled out (negated), not painted');
    expect(r.stdout).toContain('read: "behind the right eye" -> r.eye');
    const jaw = myomap(['resolve', 'the corner of my jaw on the left, under the ear']);
    expect(jaw.stdout).toContain(
      'read: "under the ear" -> locates "corner of my jaw on the left", not painted',
    );
  });

  it('resolves a batch from stdin, one JSON line per input line, in order', () => {
    const r = myomap(['resolve', '--batch', '-'], 'left temple\n\nright kneecap\n');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { regions: string[] });
    expect(lines.map((l) => l.regions)).toEqual([['l.temple'], [], ['r.patella']]);
  });

  it('lists regions as JSON', () => {
    const regions = JSON.parse(myomap(['regions', '--json']).stdout) as { id: string; synonyms: string[] }[];
    expect(regions.length).toBeGreaterThanOrEqual(190);
    expect(regions.find((r) => r.id === 'r.temple')?.synonyms).toContain('temporal region');
  });

  it('fails with one line and exit code 2 on missing input', () => {
    const r = myomap(['resolve']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown command with a usage error', () => {
    const r = myomap(['fly']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('unknown command');
  });
});

describe('myomap find', () => {
  it('ranks from text and evidence, reporting unresolved phrases, as JSON', () => {
    const r = myomap([
      'find',
      '--text',
      'right temple, purple elephant',
      '--evidence',
      'chewing gum',
      '--json',
      '--top',
      '3',
    ]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as {
      ranked: { muscle: { id: string }; side: string }[];
      unresolved: string[];
      explainingSet: unknown[];
    };
    expect(out.ranked).toHaveLength(3);
    expect(out.ranked[0]?.side).toBe('r');
    expect(out.unresolved).toEqual(['purple elephant']);
    expect(out.explainingSet.length).toBeGreaterThan(0);
  });

  it('answers a batch one JSON line per input line, errors in place, and exits 1 saying how many failed', () => {
    const input =
      '{"text":"left heel"}\n{"regions":["r.wing"]}\nnot json\n{"regions":["m.sternum"],"evidence":"short of breath"}\n';
    const r = myomap(['find', '--batch', '-', '--top', '2'], input);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/2 of 4 batch lines failed/);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect((lines[0]?.ranked as { muscle: { id: string } }[])[0]?.muscle.id).toBe('soleus');
    expect(lines[1]?.error).toMatch(/drawing\.0\.region: unknown region id/);
    expect(lines[2]?.error).toMatch(/not JSON/);
    expect((lines[3]?.stop as { tier: string }).tier).toBe('emergency');
  });

  it('exits 0 on a batch where every line succeeds, 1 when a resolve line fails', () => {
    expect(myomap(['find', '--batch', '-'], '{"text":"left heel"}\n').status).toBe(0);
    const r = myomap(['resolve', '--batch', '-'], `left temple\n${'x'.repeat(3000)}\n`);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/1 of 2 batch lines failed/);
  });

  it("passes the client's age to the red-flag screen: a new headache with jaw pain on chewing is urgent over 50", () => {
    const args = [
      'find',
      '--text',
      'right temple',
      '--evidence',
      'new headache, jaw aches when chewing',
      '--json',
    ];
    const young = JSON.parse(myomap([...args, '--age', '30']).stdout) as { stop: { tier: string } | null };
    const old = JSON.parse(myomap([...args, '--age', '72']).stdout) as { stop: { tier: string } | null };
    expect(young.stop?.tier).not.toBe('urgent');
    expect(old.stop?.tier).toBe('urgent');
  });

  it('rejects bad input with one line and exit 2', () => {
    for (const args of [
      ['find'],
      ['find', '--regions', 'r.temple', '--age', 'old'],
      ['find', '--regions', 'r.temple', '--age', '130'],
      ['find', '--regions', 'r.temple', '--top', '0'],
      ['find', '--regions', 'r.nowhere'],
    ]) {
      const r = myomap(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
