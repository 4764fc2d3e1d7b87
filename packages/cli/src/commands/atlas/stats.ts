import { Command } from 'commander';
import { loadAtlas } from '@myomap/atlas';
import { writeJson } from '../../io.ts';
import { atlasStats } from './atlas-stats.ts';

/** `myomap atlas stats [--json]`: how big the atlas is. */
export function statsCommand(): Command {
  return new Command('stats')
    .description('count muscles, trigger points, regions with referral, identified muscles and sources')
    .option('--json', 'print JSON')
    .action((opts: { json?: boolean }) => {
      const atlas = loadAtlas();
      const stats = atlasStats(atlas);
      if (opts.json === true) {
        writeJson(stats);
        return;
      }
      const rows: [string, string][] = [
        ['muscles', String(stats.muscles)],
        ['trigger points', String(stats.triggerPoints)],
        ['regions with referral', `${stats.regionsWithReferral} of ${atlas.regions.length}`],
        ['muscles with identifiers', `${stats.musclesWithIdentifiers} (UBERON or FMA)`],
        ['sources', `${stats.sources} works cited`],
        ['schema version', String(stats.schemaVersion)],
      ];
      const width = Math.max(...rows.map(([k]) => k.length));
      process.stdout.write('Myomap atlas\n');
      for (const [k, v] of rows) process.stdout.write(`  ${k.padEnd(width)}  ${v}\n`);
    });
}
