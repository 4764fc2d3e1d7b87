import { Command } from 'commander';
import { adminVerifyAudit } from '@myomap/server';
import { CliError } from '../cli-error.ts';
import { withStore } from './admin-store.ts';

/** `myomap audit verify`: checks every clinic's hash-chained audit log; exit 1 naming the first broken link. */
export function auditCommand(): Command {
  const audit = new Command('audit').description('the audit log');
  audit
    .command('verify')
    .description('check the hash chain of each clinic’s audit log')
    .option('--clinic <id>', 'only this clinic')
    .action(async (o: { clinic?: string }) => {
      const results = await withStore((store) => adminVerifyAudit(store, o.clinic));
      let broken = 0;
      for (const { clinic, check } of results) {
        if (check.ok)
          process.stdout.write(`ok      ${clinic.name} [${clinic.id}]: ${check.entries} entries\n`);
        else {
          broken += 1;
          process.stdout.write(
            `BROKEN  ${clinic.name} [${clinic.id}]: first broken link at entry ${check.brokenAt}: ${check.reason}\n`,
          );
        }
      }
      if (broken > 0) throw new CliError(`${broken} of ${results.length} audit chains are broken`, 1);
    });
  return audit;
}
