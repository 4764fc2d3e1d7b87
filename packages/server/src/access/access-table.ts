/**
 * Who may do what: ONE table, read by every route (routes name their action in `config.access`;
 * see require-access.ts). A role not listed for an action is refused with 403 for its own clinic's
 * records; another clinic's records are never found (404), whatever the role.
 */

/** The roles of a clinic's staff. */
export const ROLES = ['owner', 'therapist', 'front-desk', 'student'] as const;
/** One of ROLES. */
export type Role = (typeof ROLES)[number];

/**
 * Every action a route can require, with the roles allowed to do it.
 * front-desk: schedule and demographics, never clinical notes; student: read-only.
 * Features add their actions here (one block each).
 */
export const ACCESS_TABLE = {
  // any signed-in staff member, about themselves
  'self.read': ['owner', 'therapist', 'front-desk', 'student'],
  'self.write': ['owner', 'therapist', 'front-desk', 'student'],
  // staff accounts and invites
  'users.read': ['owner'],
  'users.manage': ['owner'],
  // the clinic's audit log
  'audit.read': ['owner'],
  // clients: demographics, contact, consent
  'clients.read': ['owner', 'therapist', 'front-desk', 'student'],
  'clients.write': ['owner', 'therapist', 'front-desk'],
  'clients.archive': ['owner', 'therapist'],
  // intake: health history and the red-flag screen (clinical)
  'intake.read': ['owner', 'therapist', 'student'],
  'intake.write': ['owner', 'therapist'],
  // visits: the treatment session and its SOAP note (clinical; front desk and students never)
  'visits.read': ['owner', 'therapist'],
  'visits.write': ['owner', 'therapist'],
  'notes.sign': ['owner', 'therapist'],
  // the clinic's own settings (the guided hold's rating cap): every staff member reads, the owner changes
  'clinic.settings.read': ['owner', 'therapist', 'front-desk', 'student'],
  'clinic.settings.write': ['owner'],
  // practice: the caller's own reviews and progress (every staff member practises)
  'practice.read': ['owner', 'therapist', 'front-desk', 'student'],
  'practice.write': ['owner', 'therapist', 'front-desk', 'student'],
  // classes: the owner makes them and adds students; an educator (owner, or the therapist named on the class) teaches
  'classes.manage': ['owner'],
  'classes.teach': ['owner', 'therapist'],
} as const satisfies Record<string, readonly Role[]>;

/** An action a route may require. */
export type Action = keyof typeof ACCESS_TABLE;

/** What a route declares in `config.access`: an action, or 'public' for routes anyone may call. */
export type RouteAccess = Action | 'public';

/** True when `role` may perform `action`. */
export function isAllowed(role: Role, action: Action): boolean {
  return (ACCESS_TABLE[action] as readonly Role[]).includes(role);
}

/** True for a known action name. */
export function isAction(value: unknown): value is Action {
  return typeof value === 'string' && Object.hasOwn(ACCESS_TABLE, value);
}

/** True for a known role name. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
