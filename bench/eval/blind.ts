import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { EvalCaseSchema, type EvalCase } from '../cases/case-schema.ts';

const BLIND_DIR = new URL('../cases/blind/', import.meta.url);
/** The frozen hash of the blind set, committed when the set was handed over. */
const HASH_FILE = new URL('../cases/blind.sha256', import.meta.url);

/** The blind held-out set: never tuned on, reported as its own row, checked against its frozen hash. */
export interface BlindSet {
  readonly cases: readonly EvalCase[];
  /** sha256 over every file (sorted by name): name, a newline, the bytes, a newline. */
  readonly hash: string;
  /** The committed hash, or undefined when none is committed. */
  readonly frozenHash: string | undefined;
  readonly files: readonly string[];
}

/** The sha256 of a set of files: each file's name, a newline, its bytes and a newline, in name order. */
export function hashFiles(files: readonly { readonly name: string; readonly bytes: Buffer }[]): string {
  const h = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    h.update(`${f.name}\n`);
    h.update(f.bytes);
    h.update('\n');
  }
  return h.digest('hex');
}

/** Reads bench/cases/blind/*.json, or undefined when there is no blind set. Parsing errors name only the file. */
export function loadBlindSet(): BlindSet | undefined {
  if (!existsSync(BLIND_DIR)) return undefined;
  const names = readdirSync(BLIND_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if (names.length === 0) return undefined;
  const files = names.map((name) => ({ name, bytes: readFileSync(new URL(name, BLIND_DIR)) }));
  const cases = files.flatMap((f) => {
    const parsed = z.array(EvalCaseSchema).safeParse(JSON.parse(f.bytes.toString('utf8')));
    if (!parsed.success) throw new Error(`blind set: ${f.name} does not match EvalCaseSchema`);
    return parsed.data;
  });
  const frozenHash = existsSync(HASH_FILE)
    ? readFileSync(HASH_FILE, 'utf8').trim().split(/\s+/)[0]
    : undefined;
  return { cases, hash: hashFiles(files), frozenHash, files: names };
}
