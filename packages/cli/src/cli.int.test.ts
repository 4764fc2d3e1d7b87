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
    expect(JSON.parse(r.stdout)).toEqual({ regions: ['r.eye'], unresolved: ['purple elephant'], notes: [] });
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
