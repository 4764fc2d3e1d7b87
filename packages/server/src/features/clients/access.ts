import type { Action } from '../../access/access-table.ts';

/**
 * The access action each clients and intake route declares (the roles behind each action live in
 * the one access table). Front desk keeps demographics and consent but never sees the intake;
 * students read only.
 */
export const CLIENT_ACCESS = {
  search: 'clients.read',
  read: 'clients.read',
  create: 'clients.write',
  update: 'clients.write',
  consent: 'clients.write',
  archive: 'clients.archive',
  restore: 'clients.archive',
  screenDefinition: 'intake.read',
  intakeRead: 'intake.read',
  intakeWrite: 'intake.write',
  clearance: 'intake.write',
  rescreen: 'intake.write',
} as const satisfies Record<string, Action>;
