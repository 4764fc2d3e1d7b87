import { Command } from 'commander';
import { REGIONS } from '@myomap/atlas/regions';
import { writeJson } from '../io.ts';

/** `myomap regions [--json]`: every body map region with its names and views. */
export function regionsCommand(): Command {
  return new Command('regions')
    .description('list the body map regions (id, name, side, parent, synonyms, views)')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      if (opts.json === true) {
        writeJson(
          REGIONS.map((r) => ({
            id: r.id,
            name: r.name,
            side: r.side,
            parent: r.parent,
            synonyms: r.synonyms,
            views: r.views,
          })),
        );
        return;
      }
      const width = Math.max(...REGIONS.map((r) => r.id.length));
      for (const r of REGIONS)
        process.stdout.write(`${r.id.padEnd(width)}  ${r.name}  [${r.parent}]  ${r.views.join(',')}\n`);
      process.stdout.write(`${REGIONS.length} regions\n`);
    });
}
