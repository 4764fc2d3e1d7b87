import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../bin/myomap.js', import.meta.url));

function myomap(args: string[], input: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Line {
  card?: string;
  type?: string;
  correct?: boolean;
  expected?: string;
  asked?: number;
  right?: number;
}
const parse = (out: string): Line[] =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

describe('myomap practice', () => {
  it('runs a seeded quiz from stdin: wrong answers show the right one; the right ones all score', () => {
    const args = ['practice', '--count', '6', '--seed', '42', '--json'];
    const first = parse(myomap(args, 'no idea\n'.repeat(6)).stdout);
    const cards = first.slice(0, -1);
    expect(cards).toHaveLength(6);
    expect(new Set(cards.map((c) => c.type))).toEqual(new Set(['which-muscle', 'stop-or-go']));
    expect(first.at(-1)).toEqual({ asked: 6, right: 0 });
    // The same seed asks the same cards; answer with what the first run said was right (in capitals: case folds).
    const answers = cards.map((c) => (c.expected ?? '').split(' or ')[0]!.toUpperCase());
    const second = parse(myomap(args, `${answers.join('\n')}\n`).stdout);
    expect(second.slice(0, -1).map((c) => c.card)).toEqual(cards.map((c) => c.card));
    expect(second.at(-1)).toEqual({ asked: 6, right: 6 });
  });

  it('prints text by default and stops when the answers run out', () => {
    const r = myomap(['practice', '--count', '3', '--seed', '1', '--type', 'stop-or-go'], 'refer\n');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Treat, modify or refer?');
    expect(r.stdout).toMatch(/of 1 right\.\n$/);
  });

  it('rejects a bad count with one line and exit code 2', () => {
    const r = myomap(['practice', '--count', '0'], '');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
