import { Command, CommanderError } from 'commander';
import { MYOMAP_VERSION } from '@myomap/server';
import { atlasCommand } from './commands/atlas/atlas-command.ts';
import { auditCommand } from './commands/audit.ts';
import { findCommand } from './commands/find.ts';
import { practiceCommand } from './commands/practice.ts';
import { regionsCommand } from './commands/regions.ts';
import { resolveCommand } from './commands/resolve.ts';
import { serveCommand } from './commands/serve.ts';
import { usersCommand } from './commands/users.ts';
import { CliError } from './cli-error.ts';

/** Builds the myomap command tree; each command lives in its own file under commands/. */
export function buildProgram(): Command {
  const program = new Command('myomap')
    .description('Myomap: trigger point therapy workbench for massage and manual therapists')
    .version(MYOMAP_VERSION, '-v, --version', 'print the Myomap version')
    .showHelpAfterError('(run myomap --help for usage)')
    .exitOverride();
  program.addCommand(serveCommand());
  program.addCommand(regionsCommand());
  program.addCommand(resolveCommand());
  program.addCommand(findCommand());
  program.addCommand(atlasCommand());
  program.addCommand(usersCommand());
  program.addCommand(auditCommand());
  program.addCommand(practiceCommand());
  return program;
}

/** Runs the CLI; returns the process exit code. Errors print one clear line, never a stack trace. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`myomap: ${message}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
