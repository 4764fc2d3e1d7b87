import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ScopedTx } from '../../store/store.ts';
import { CSRF_COOKIE, SESSION_COOKIE, type AuthConfig } from './auth-config.ts';
import { insertSession } from './session-repository.ts';
import { newToken, tokenHash } from './tokens.ts';

/** The secrets of a new session; only their hashes are stored. */
export interface SessionTokens {
  readonly token: string;
  readonly csrfToken: string;
}

/** Opens a new session (a fresh token on every login: no fixation). */
export async function openSession(
  tx: ScopedTx,
  input: { clinicId: string; userId: string; ip: string; now: string; newId: () => string },
  config: AuthConfig,
): Promise<SessionTokens> {
  const token = newToken();
  const csrfToken = newToken();
  const expires = new Date(Date.parse(input.now) + config.absoluteHours * 3_600_000).toISOString();
  await insertSession(tx, {
    id: input.newId(),
    clinic_id: input.clinicId,
    user_id: input.userId,
    token_hash: tokenHash(token),
    csrf_hash: tokenHash(csrfToken),
    created_at: input.now,
    last_seen_at: input.now,
    expires_at: expires,
    revoked_at: null,
    ip: input.ip.slice(0, 64),
  });
  return { token, csrfToken };
}

/**
 * Sets the session cookie (HttpOnly, SameSite=Lax, Secure over TLS) and the CSRF cookie (readable
 * by the page, which echoes it in x-csrf-token: double submit bound to the session).
 */
export function setSessionCookies(
  request: FastifyRequest,
  reply: FastifyReply,
  tokens: SessionTokens,
  config: AuthConfig,
): void {
  const base = {
    path: '/',
    sameSite: 'lax' as const,
    secure: request.protocol === 'https',
    maxAge: config.absoluteHours * 3600,
  };
  reply.setCookie(SESSION_COOKIE, tokens.token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, tokens.csrfToken, { ...base, httpOnly: false });
}

/** Clears both cookies (logout). */
export function clearSessionCookies(request: FastifyRequest, reply: FastifyReply): void {
  const base = { path: '/', sameSite: 'lax' as const, secure: request.protocol === 'https' };
  reply.clearCookie(SESSION_COOKIE, { ...base, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, base);
}
