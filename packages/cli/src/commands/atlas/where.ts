import { Command } from 'commander';
import { loadAtlas, type Atlas } from '@myomap/atlas';
import { painGuide, resolveRegions } from '@myomap/engine';
import { CliError } from '../../cli-error.ts';
import { writeJson, writeResolverNotes } from '../../io.ts';

const MAX_TEXT = 2000;

/** The pain guide of every region a description names. */
export interface WhereResult {
  readonly regions: {
    readonly id: string;
    readonly name: string;
    readonly guide: {
      readonly muscle: { readonly id: string; readonly name: string };
      readonly side: string;
      readonly zone: string;
      readonly culprit: string;
    }[];
  }[];
  readonly unresolved: readonly string[];
  readonly notes: readonly string[];
}

/** Resolves the text to regions and lists, for each, the muscles that refer there, most likely first. */
export function whereResult(atlas: Atlas, text: string): WhereResult {
  const resolved = resolveRegions(text);
  return {
    regions: resolved.regions.map((id) => ({
      id,
      name: atlas.regionById.get(id)?.name ?? id,
      guide: painGuide(atlas, id).map((g) => ({
        muscle: { id: g.muscleId, name: g.muscleName },
        side: g.side,
        zone: g.zone,
        culprit: g.culprit,
      })),
    })),
    unresolved: resolved.unresolved,
    notes: resolved.notes,
  };
}

const SIDE = { l: 'left', r: 'right', m: 'midline' } as const;

function printHuman(result: WhereResult): void {
  for (const region of result.regions) {
    process.stdout.write(`${region.name} (${region.id})\n`);
    if (region.guide.length === 0) process.stdout.write('  no muscle in the atlas refers here\n');
    region.guide.forEach((g, i) => {
      const side = SIDE[g.side as keyof typeof SIDE] ?? g.side;
      process.stdout.write(
        `  ${String(i + 1).padStart(2)}. ${g.muscle.name} (${side}) — ${g.zone} zone, ${g.culprit}\n`,
      );
    });
  }
  writeResolverNotes(result);
}

/** `myomap atlas where "<region text>" [--json]`: what refers to the places the text names. */
export function whereCommand(): Command {
  return new Command('where')
    .description('what refers pain here: resolve a description to regions and list their pain guides')
    .argument('<text...>', 'where it hurts, e.g. "right temple" or "front of the left shoulder"')
    .option('--json', 'print JSON: { regions: [{ id, name, guide }], unresolved, notes }')
    .action((words: string[], opts: { json?: boolean }) => {
      const text = words.join(' ').trim();
      if (text === '') throw new CliError('say where it hurts, e.g. myomap atlas where "right temple"');
      if (text.length > MAX_TEXT) throw new CliError(`the description is longer than ${MAX_TEXT} characters`);
      const result = whereResult(loadAtlas(), text);
      if (result.regions.length === 0)
        throw new CliError(`no body region recognised in "${text}"; try e.g. "right temple" or "low back"`);
      if (opts.json === true) writeJson(result);
      else printHuman(result);
    });
}
