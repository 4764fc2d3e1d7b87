import { Command } from 'commander';
import { adminAddUser, adminDisableUser, adminListUsers, adminResetPassword } from '@myomap/server';
import { writeJson } from '../io.ts';
import { passwordFromStdin, withStore } from './admin-store.ts';

/** `myomap users add|list|disable|reset-password`: staff accounts of a self-hosted install. */
export function usersCommand(): Command {
  const users = new Command('users').description(
    'manage staff accounts (passwords are read from standard input)',
  );
  users
    .command('add')
    .description('add a staff account; with --new-clinic, create the clinic first (first run)')
    .requiredOption('--email <email>', 'their email, used to sign in')
    .requiredOption('--name <name>', 'their display name')
    .option('--role <role>', 'owner, therapist, front-desk or student', 'therapist')
    .option('--clinic <id>', 'the clinic (needed when there are several)')
    .option('--new-clinic <name>', 'create this clinic and add the user to it')
    .action(async (o: { email: string; name: string; role: string; clinic?: string; newClinic?: string }) => {
      const password = passwordFromStdin();
      const { clinic, user } = await withStore((store) =>
        adminAddUser(store, {
          email: o.email,
          displayName: o.name,
          role: o.role,
          password,
          clinicId: o.clinic,
          newClinic: o.newClinic,
        }),
      );
      process.stdout.write(`added ${user.email} (${user.role}) to ${clinic.name} [${clinic.id}]\n`);
    });
  users
    .command('list')
    .description('list clinics and their staff')
    .option('--clinic <id>', 'only this clinic')
    .option('--json', 'print JSON')
    .action(async (o: { clinic?: string; json?: boolean }) => {
      const list = await withStore((store) => adminListUsers(store, o.clinic));
      if (o.json === true) return writeJson(list);
      for (const { clinic, users: staff } of list) {
        process.stdout.write(`${clinic.name} [${clinic.id}]\n`);
        for (const u of staff)
          process.stdout.write(
            `  ${u.email}  ${u.role}${u.disabled ? '  (disabled)' : ''}  ${u.displayName}\n`,
          );
      }
    });
  users
    .command('disable <email>')
    .description('disable an account and end its sessions')
    .action(async (email: string) => {
      await withStore((store) => adminDisableUser(store, email));
      process.stdout.write(`disabled ${email.trim().toLowerCase()}\n`);
    });
  users
    .command('reset-password <email>')
    .description('set a new password (read from standard input) and end the account’s sessions')
    .action(async (email: string) => {
      const password = passwordFromStdin();
      await withStore((store) => adminResetPassword(store, email, password));
      process.stdout.write(`password reset for ${email.trim().toLowerCase()}\n`);
    });
  return users;
}
