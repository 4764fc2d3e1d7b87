import type { Action } from '../../access/access-table.ts';

/**
 * The access action each clinic-settings route declares (roles live in the one access table): every
 * staff member reads the settings their screens follow; only an owner changes them.
 */
export const CLINIC_SETTINGS_ACCESS = {
  read: 'clinic.settings.read',
  update: 'clinic.settings.write',
} as const satisfies Record<string, Action>;
