import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadAtlas } from '@myomap/atlas';
import { MYOMAP_VERSION } from '@myomap/server';
import { CliError } from '../../cli-error.ts';
import { atlasExport } from './atlas-export.ts';

/** `myomap atlas export --format json [--out file]`: the whole atlas with its licence notice. */
export function exportCommand(): Command {
  return new Command('export')
    .description('export the whole atlas (regions, muscles, works, vocabularies) under CC BY 4.0')
    .option('--format <format>', 'output format (json)', 'json')
    .option('--out <file>', 'write to this file instead of standard output')
    .action((opts: { format: string; out?: string }) => {
      if (opts.format !== 'json')
        throw new CliError(`unsupported format "${opts.format}"; use --format json`);
      const atlas = loadAtlas();
      const text = `${JSON.stringify(atlasExport(atlas, `myomap ${MYOMAP_VERSION}`), null, 2)}\n`;
      if (opts.out === undefined) {
        process.stdout.write(text);
        return;
      }
      try {
        writeFileSync(opts.out, text);
      } catch (error) {
        throw new CliError(
          `cannot write ${opts.out}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
          1,
        );
      }
      process.stdout.write(
        `wrote the atlas (${atlas.muscles.length} muscles, ${atlas.regions.length} regions; CC BY 4.0, credit "Myomap atlas") to ${opts.out}\n`,
      );
    });
}
