import { Command } from 'commander';
import { exportCommand } from './export.ts';
import { showCommand } from './show.ts';
import { statsCommand } from './stats.ts';
import { whereCommand } from './where.ts';

/** `myomap atlas <stats|show|where|export>`: the muscle and trigger point atlas from the terminal. */
export function atlasCommand(): Command {
  return new Command('atlas')
    .description('the muscle and trigger point atlas: stats, show a muscle, what refers where, export')
    .addCommand(statsCommand())
    .addCommand(showCommand())
    .addCommand(whereCommand())
    .addCommand(exportCommand());
}
