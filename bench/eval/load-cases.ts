import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { EvalCaseSchema, type EvalCase, type TuningCase, type TuningOrigin } from '../cases/case-schema.ts';
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

/**
 * Blind set 2: written blind and frozen, the blind row of the single look on 2026-12-03 (17:15 UTC), then
 * retired into tuning the same day (that look was its one honest use; its misses are now studied by
 * class). Its hash is still checked, for provenance (bench/cases/blind-2/README.md).
 */
export const RETIRED_BLIND_2: FrozenSetPlace = {
  dir: new URL('blind-2/', CASES_DIR),
  file: 'blind-cases.json',
  idPrefix: 'blind2-',
};

/**
 * Blind set 3: written blind and frozen, the blind row of the single look on 2026-12-03 (main, top-3 0.86,
 * MRR 0.742), then retired into tuning the same day so its misses can be studied by class. Its hash is
 * still checked, for provenance (bench/cases/blind-3/README.md).
 */
export const RETIRED_BLIND_3: FrozenSetPlace = {
  dir: new URL('blind-3/', CASES_DIR),
  file: 'blind-cases.json',
  idPrefix: 'blind3-',
};

/** A retired frozen set as tuning cases, its hash checked first (a changed file is an error). */
function retiredSet(place: FrozenSetPlace, origin: Exclude<TuningOrigin, 'ours'>): TuningCase[] {
  const set = loadFrozenSet(place);
  if (set.status !== 'verified')
    throw new Error(
      `${origin}: ${set.status === 'absent' ? 'missing' : set.problem} (it is tuning data now, frozen for provenance)`,
    );
  return set.cases.map(({ source, area: _area, ...c }) => ({
    ...c,
    origin,
    sourcePage: typeof source.url === 'string' ? source.url : JSON.stringify(source),
  }));
}

/** Reads and validates our own cases, every bench/cases/*.json file, in file then array order. */
export function loadCases(): EvalCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => z.array(EvalCaseSchema).parse(JSON.parse(readFileSync(new URL(f, CASES_DIR), 'utf8'))));
}

/**
 * The tuning set: our cases, then retired blind sets 1, 2 and 3 (each checked against its frozen hash
 * first; a changed file is an error, not a silent change of the tuning data). Reads nothing else: never
 * blind set 4.
 */
export function loadTuningCases(): TuningCase[] {
  const ours = loadCases().map(({ source, ...c }) => ({
    ...c,
    origin: 'ours' as const,
    sourcePage: `${source.work}|${source.locator}`,
  }));
  return [
    ...ours,
    ...retiredSet(RETIRED_BLIND_1, 'retired-blind-1'),
    ...retiredSet(RETIRED_BLIND_2, 'retired-blind-2'),
    ...retiredSet(RETIRED_BLIND_3, 'retired-blind-3'),
  ];
}
