// The finder's TUNING cases as practice material: writes packages/engine/src/practice/data/tune-cases.json.
// Only our cases in the family split's "tune" half are copied (the split of the whole tuning set, as the
// evaluation makes it: bench/eval/families.ts); the check half, the retired blind sets 1, 2 and 3 (other
// authors' words), blind set 4 and bench/language/ are never copied.
// Run: node scripts/run-ts.mjs bench/practice-cases.ts   (bench/practice-cases.test.ts checks it is current)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitCases } from './eval/families.ts';
import { loadCases, loadTuningCases } from './eval/load-cases.ts';

const OUT = fileURLToPath(new URL('../packages/engine/src/practice/data/tune-cases.json', import.meta.url));

/** The tuning cases, cut to what a practice card shows and grades on. */
export function practiceTuneCases(): unknown[] {
  const cases = loadCases();
  const split = splitCases(loadTuningCases());
  return cases
    .filter((c) => split.get(c.id) === 'tune')
    .map((c) => ({
      id: c.id,
      split: 'tune',
      description: c.description,
      drawing: c.drawing,
      ...(c.evidence === undefined ? {} : { evidence: c.evidence }),
      expected: c.expected.slice(0, 3),
      ...(c.expectedRedFlagTier === undefined ? {} : { expectedRedFlagTier: c.expectedRedFlagTier }),
      source: c.source,
    }));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(OUT, `${JSON.stringify(practiceTuneCases(), null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}
