import { Command } from 'commander';
import { resolveRegions, type ResolveResult } from '@myomap/engine';
import { CliError } from '../cli-error.ts';
import { batchLines, readInput, writeJson, writeJsonLine, writeReadings, writeResolverNotes } from '../io.ts';

const MAX_TEXT = 2000;

function publicResult(
  r: ResolveResult,
): Pick<ResolveResult, 'regions' | 'unresolved' | 'notes' | 'readings'> {
  return { regions: r.regions, unresolved: r.unresolved, notes: r.notes, readings: r.readings };
}

function printHuman(text: string, r: ResolveResult): void {
  process.stdout.write(`${text}\n  regions: ${r.regions.join(', ') || '(none)'}\n`);
  writeReadings(r.readings, '  ');
  writeResolverNotes(r, '  ');
}

/** `myomap resolve "<text>"` and `myomap resolve --batch <file|->`: text to body regions. */
export function resolveCommand(): Command {
  return new Command('resolve')
    .description('turn a pain description into body regions')
    .argument('[text]', 'the description, e.g. "right temple and back of the neck"')
    .option('--json', 'print JSON: { regions, unresolved, notes, readings }')
    .option(
      '--batch <file>',
      'read one description per line from a file or - (stdin); write one JSON result per line',
    )
    .action((text: string | undefined, opts: { json?: boolean; batch?: string }) => {
      if (opts.batch !== undefined) {
        const lines = batchLines(readInput(opts.batch));
        let failed = 0;
        for (const line of lines) {
          if (line.text.length > MAX_TEXT) {
            writeJsonLine({ line: line.line, error: `description longer than ${MAX_TEXT} characters` });
            failed++;
          } else writeJsonLine(publicResult(resolveRegions(line.text)));
        }
        if (failed > 0) throw new CliError(`${failed} of ${lines.length} batch lines failed`, 1);
        return;
      }
      if (text === undefined || text.trim() === '')
        throw new CliError('give a description to resolve, e.g. myomap resolve "left temple"');
      if (text.length > MAX_TEXT) throw new CliError(`the description is longer than ${MAX_TEXT} characters`);
      const result = resolveRegions(text);
      if (opts.json === true) writeJson(publicResult(result));
      else printHuman(text, result);
    });
}
