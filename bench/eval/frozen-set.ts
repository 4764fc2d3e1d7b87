import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { BlindCaseSchema } from '../cases/case-schema.ts';

/** A parsed case of a frozen (blind) set. */
export type FrozenCase = z.infer<typeof BlindCaseSchema>;

/**
 * A frozen case set as found on disk: `absent` (not written yet), `unverified` (present, but its file does
 * not match SHA256SUMS, does not parse, or carries a wrong id: never scored) or `verified`.
 */
export type FrozenSet =
  | { readonly status: 'absent' }
  | { readonly status: 'unverified'; readonly problem: string }
  | {
      readonly status: 'verified';
      readonly cases: readonly FrozenCase[];
      /** sha256 of the case file, as computed now (it equals the frozen one). */
      readonly sha256: string;
    };

/** Parses a `sha256sum` file: "<hex>  <name>" per line. */
export function parseSums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^([0-9a-f]{64})\s+\*?(.+)$/.exec(line.trim());
    if (m !== null) sums.set(m[2] ?? '', m[1] ?? '');
  }
  return sums;
}

/** Where a frozen set lives and what its case ids must start with. */
export interface FrozenSetPlace {
  readonly dir: URL;
  readonly file: string;
  readonly idPrefix: string;
}

/**
 * Reads one frozen set. The hash is checked before anything is parsed: SHA256SUMS must list exactly the
 * folder's JSON files and match the case file. Problems name files and fields, never a case's content.
 */
export function loadFrozenSet(place: FrozenSetPlace): FrozenSet {
  const caseFile = new URL(place.file, place.dir);
  if (!existsSync(caseFile)) return { status: 'absent' };
  const sumsFile = new URL('SHA256SUMS', place.dir);
  if (!existsSync(sumsFile)) return { status: 'unverified', problem: 'no SHA256SUMS' };
  const sums = parseSums(readFileSync(sumsFile, 'utf8'));
  const jsonFiles = readdirSync(place.dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  if ([...sums.keys()].sort().join() !== jsonFiles.join())
    return { status: 'unverified', problem: 'SHA256SUMS does not list exactly the case files' };
  const bytes = readFileSync(caseFile);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (sums.get(place.file) !== sha256)
    return { status: 'unverified', problem: `${place.file} changed since it was frozen` };
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    return { status: 'unverified', problem: `${place.file} is not JSON` };
  }
  const parsed = z.array(BlindCaseSchema).safeParse(raw);
  if (!parsed.success) {
    const fields = [
      ...new Set(parsed.error.issues.map((i) => i.path.filter((p) => typeof p !== 'number').join('.'))),
    ];
    return {
      status: 'unverified',
      problem: `${place.file} does not match the case schema (fields: ${fields.join(', ')})`,
    };
  }
  const wrongIds = parsed.data.filter((c) => !c.id.startsWith(place.idPrefix)).length;
  if (wrongIds > 0)
    return {
      status: 'unverified',
      problem: `${wrongIds} case ids of ${place.file} do not start with "${place.idPrefix}"`,
    };
  return { status: 'verified', cases: parsed.data, sha256 };
}
