import { readFileSync } from 'node:fs';

/** One row of data/muscle-ids.tsv, as the integrity tests need it. */
export interface MuscleIdRow {
  readonly name: string;
  readonly uberon: string;
  readonly fma: string;
  readonly sources: string;
}

/** Reads data/muscle-ids.tsv (test-only: atlas runtime code never touches the file system). */
export function readMuscleIdTable(): MuscleIdRow[] {
  const text = readFileSync(new URL('../data/muscle-ids.tsv', import.meta.url), 'utf8');
  const [header, ...lines] = text.trim().split('\n');
  const cols = (header ?? '').split('\t');
  const at = (name: string): number => cols.indexOf(name);
  return lines.map((line) => {
    const cells = line.split('\t');
    return {
      name: cells[at('name')] ?? '',
      uberon: cells[at('uberon')] ?? '',
      fma: cells[at('fma')] ?? '',
      sources: cells[at('sources')] ?? '',
    };
  });
}
