import { Command } from 'commander';
import { loadAtlas } from '@myomap/atlas';
import { CliError } from '../../cli-error.ts';
import { writeJson } from '../../io.ts';
import { findMuscle, suggestMuscles } from './find-muscle.ts';
import { muscleText } from './muscle-text.ts';

/** `myomap atlas show <id or name> [--json]`: one muscle, by id, name or alias. */
export function showCommand(): Command {
  return new Command('show')
    .description('show one muscle: trigger points, patterns, palpation, treatment, cautions, sources')
    .argument(
      '<muscle...>',
      'muscle id, name or alias (case-insensitive), e.g. infraspinatus or "upper trapezius"',
    )
    .option('--json', 'print the muscle record as JSON (the shape of schema/muscle.schema.json)')
    .action((words: string[], opts: { json?: boolean }) => {
      const query = words.join(' ');
      const atlas = loadAtlas();
      const muscle = findMuscle(atlas, query);
      if (muscle === undefined) {
        const near = suggestMuscles(atlas, query);
        throw new CliError(
          `no muscle "${query}" in the atlas${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ' (try myomap atlas stats, or the Atlas page)'}`,
        );
      }
      if (opts.json === true) writeJson(muscle);
      else process.stdout.write(muscleText(muscle, new Map(atlas.muscles.map((m) => [m.id, m.name]))));
    });
}
