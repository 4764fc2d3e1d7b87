import { readdirSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { EvalCaseSchema, type EvalCase } from '../cases/case-schema.ts';

const CASES_DIR = new URL('../cases/', import.meta.url);

/** Reads and validates every bench/cases/*.json file, in file then array order. */
export function loadCases(): EvalCase[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => z.array(EvalCaseSchema).parse(JSON.parse(readFileSync(new URL(f, CASES_DIR), 'utf8'))));
}
