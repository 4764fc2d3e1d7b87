import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { BlindCaseSchema, type ScoredCase } from '../cases/case-schema.ts';

const BLIND_DIR = new URL('../cases/blind/', import.meta.url);

/** The blind held-out set: never tuned on, reported as its own row, checked against its frozen hashes. */
export interface BlindSet {
  readonly cases: readonly ScoredCase[];
  /** sha256 of each case file, as computed now. */
  readonly hashes: Readonly<Record<string, string>>;
  /** True when SHA256SUMS lists exactly the case files and every hash matches. */
  readonly frozen: boolean;
  /** What is wrong when not frozen (file names only). */
  readonly problem: string | undefined;
}

/** Parses a `sha256sum` file: "<hex>  <name>" per line. */
export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (m !== null) sums.set(m[2] ?? '', m[1] ?? '');
  }
  return sums;
}

/**
 * Reads bench/cases/blind/*.json and checks each against SHA256SUMS (written when the set was handed
 * over). Undefined when there is no blind set. Errors name the file and the failing fields, never values.
 */
export function loadBlindSet(): BlindSet | undefined {
  if (!existsSync(BLIND_DIR)) return undefined;
  const names = readdirSync(BLIND_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (names.length === 0) return undefined;
  const hashes: Record<string, string> = {};
  const cases = names.flatMap((name) => {
    const bytes = readFileSync(new URL(name, BLIND_DIR));
    hashes[name] = createHash('sha256').update(bytes).digest('hex');
    const parsed = z.array(BlindCaseSchema).safeParse(JSON.parse(bytes.toString('utf8')));
    if (!parsed.success) {
      const fields = [
        ...new Set(parsed.error.issues.map((i) => i.path.filter((p) => typeof p !== 'number').join('.'))),
      ];
      throw new Error(`blind set: ${name} does not match the case schema (fields: ${fields.join(', ')})`);
    }
    return parsed.data;
  });
  const sumsFile = new URL('SHA256SUMS', BLIND_DIR);
  const sums = existsSync(sumsFile) ? parseSums(readFileSync(sumsFile, 'utf8')) : new Map<string, string>();
  let problem: string | undefined;
  if (sums.size === 0) problem = 'no SHA256SUMS';
  else if ([...sums.keys()].sort().join() !== names.join())
    problem = 'SHA256SUMS does not list exactly the case files';
  else {
    const changed = names.filter((n) => sums.get(n) !== hashes[n]);
    if (changed.length > 0) problem = `changed since frozen: ${changed.join(', ')}`;
  }
  return { cases, hashes, frozen: problem === undefined, problem };
}
