/** Account and session settings; defaults follow OWASP and the issue (see docs/accounts.md). */
export interface AuthConfig {
  /** Idle timeout of a session, minutes. */
  readonly idleMinutes: number;
  /** Absolute lifetime of a session, hours. */
  readonly absoluteHours: number;
  /** How long an invite link works, hours. */
  readonly inviteHours: number;
  /** Argon2id cost: memory in KiB, passes, lanes (OWASP floor: 19456, 2, 1). */
  readonly argon2: { readonly memoryCost: number; readonly timeCost: number; readonly parallelism: number };
  /** Password checks allowed per account per window. */
  readonly accountAttempts: number;
  /** Login and setup requests allowed per address per window. */
  readonly addressAttempts: number;
  /** Rate-limit window, minutes. */
  readonly windowMinutes: number;
}

/** The defaults: idle 30 min, absolute 12 h, invites 72 h, Argon2id m=19456 t=2 p=1, 10 checks per account and 30 requests per address per 15 min. */
export const DEFAULT_AUTH_CONFIG: AuthConfig = {
  idleMinutes: 30,
  absoluteHours: 12,
  inviteHours: 72,
  argon2: { memoryCost: 19456, timeCost: 2, parallelism: 1 },
  accountAttempts: 10,
  addressAttempts: 30,
  windowMinutes: 15,
};

/** The name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'myomap_session';
/** The name of the script-readable CSRF cookie whose value goes back in the x-csrf-token header. */
export const CSRF_COOKIE = 'myomap_csrf';
/** The header carrying the CSRF token on every state-changing request. */
export const CSRF_HEADER = 'x-csrf-token';
