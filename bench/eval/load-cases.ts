import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { EvalCaseSchema, type EvalCase, type TuningCase } from '../cases/case-schema.ts';
import { loadFrozenSet, type FrozenSetPlace } from './frozen-set.ts';

const CASES_DIR = new URL('../cases/', import.meta.url);

/**
 * Blind set 1: written blind and frozen, the blind row until 2026-12-03, then retired into tuning (its
 * totals were reported several times, and the culprit sourcing cited some of its pages). Its hash is
 * still checked, for provenance (bench/cases/blind/README.md).
 */
export const RETIRED_BLIND_1: FrozenSetPlace = {
  dir: new URL('blind/', CASES_DIR),
  file: 'blind-cases.json',
  idPrefix: 'blind-',
};

/** Reads and validates our own cases, every bench/cases/*.json file, in file then array order. */
export function loadCases(): EvalCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => z.array(EvalCaseSchema).parse(JSON.parse(readFileSync(new URL(f, CASES_DIR), 'utf8'))));
}

/**
 * The tuning set: our cases, then retired blind set 1 (checked against its frozen hash first; a changed
 * file is an error, not a silent change of the tuning data). Reads nothing else: never blind set 2.
 */
export function loadTuningCases(): TuningCase[] {
  const ours = loadCases().map(({ source, ...c }) => ({
    ...c,
    origin: 'ours' as const,
    sourcePage: `${source.work}|${source.locator}`,
  }));
  const retired = loadFrozenSet(RETIRED_BLIND_1);
  if (retired.status !== 'verified')
    throw new Error(
      `retired blind set 1: ${retired.status === 'absent' ? 'missing' : retired.problem} (it is tuning data now, frozen for provenance)`,
    );
  const blind1 = retired.cases.map(({ source, area: _area, ...c }) => ({
    ...c,
    origin: 'retired-blind-1' as const,
    sourcePage: typeof source.url === 'string' ? source.url : JSON.stringify(source),
  }));
  return [...ours, ...blind1];
}
