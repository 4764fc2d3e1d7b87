import { readFileSync } from 'node:fs';

/** Reads a whole file, or standard input for "-". */
export function readInput(source: string): string {
  return readFileSync(source === '-' ? 0 : source, 'utf8');
}

/** Writes one line of JSON to standard output. */
export function writeJsonLine(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/** Writes pretty JSON to standard output. */
export function writeJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Splits batch input into lines (one result per input line, blank lines included; a final newline ends the last line). */
export function batchLines(text: string): { line: number; text: string }[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((t, i) => ({ line: i + 1, text: t.trim() }));
}

/** Prints what the region resolver could not read and its notes on sides, one line each. */
export function writeResolverNotes(
  r: { unresolved: readonly string[]; notes: readonly string[] },
  indent = '',
): void {
  if (r.unresolved.length > 0)
    process.stdout.write(`${indent}unresolved: ${r.unresolved.map((u) => `"${u}"`).join(', ')}\n`);
  for (const note of r.notes) process.stdout.write(`${indent}note: ${note}\n`);
}

/** One line per reading: the phrase as written and what it became ("behind my right ear -> r.mastoid"). */
export function writeReadings(
  readings: readonly {
    text: string;
    negated: boolean;
    activity: boolean;
    regions: readonly string[];
    sideSource: string;
    landmarkFor?: string;
  }[],
  indent = '',
): void {
  for (const r of readings) {
    const became = r.negated
      ? 'ruled out (negated), not painted'
      : r.activity
        ? 'an activity, not painted'
        : r.landmarkFor !== undefined
          ? `locates "${r.landmarkFor}", not painted`
          : r.regions.join(', ');
    const side =
      r.sideSource === 'default'
        ? ' (no side given: both)'
        : r.sideSource === 'carried'
          ? ' (side carried)'
          : '';
    const shown = r.negated || r.activity || r.landmarkFor !== undefined;
    process.stdout.write(`${indent}read: "${r.text}" -> ${became}${shown ? '' : side}\n`);
  }
}
