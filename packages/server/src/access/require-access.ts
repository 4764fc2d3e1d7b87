import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { writeAuditAlone, type AuditOutcome } from '../audit/audit-log.ts';
import { AppError } from '../errors.ts';
import { CSRF_HEADER, SESSION_COOKIE, type AuthConfig } from '../features/auth/auth-config.ts';
import { findLiveSession } from '../features/auth/session-repository.ts';
import { sameHash, tokenHash } from '../features/auth/tokens.ts';
import type { ClinicStore } from '../store/store.ts';
import { isAction, isAllowed, type Action, type Role, type RouteAccess } from './access-table.ts';

/** Who is calling, set by requireAccess. The clinic comes from the session only, never from the request. */
export interface RequestAuth {
  readonly clinicId: string;
  readonly userId: string;
  readonly role: Role;
  readonly sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by requireAccess on routes that declare an action; null on public routes. */
    auth: RequestAuth | null;
  }
  interface FastifyContextConfig {
    /** Who may call this route: an action of the access table, or 'public'. Every route declares it. */
    access?: RouteAccess;
    /**
     * The record type named by the route's `:id` parameter (e.g. 'user', 'client'), so the deny
     * matrix can try another clinic's record there.
     */
    record?: string;
  }
}

/** What requireAccess needs from the app. */
export interface AccessDeps {
  readonly store: ClinicStore;
  readonly config: AuthConfig;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Minutes before an ISO instant, as ISO. */
export function minutesBefore(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) - minutes * 60_000).toISOString();
}

/** The caller of a route that declared an action; throws when used on a public route. */
export function authOf(request: FastifyRequest): RequestAuth {
  if (request.auth === null) throw new Error('authOf() on a route without an access action');
  return request.auth;
}

/** Writes an audit entry for the caller of a request (its own transaction). */
export async function auditRequest(
  store: ClinicStore,
  request: FastifyRequest,
  action: string,
  outcome: AuditOutcome,
  record?: { type: string; id: string },
): Promise<void> {
  const auth = authOf(request);
  await writeAuditAlone(store, {
    clinicId: auth.clinicId,
    actorId: auth.userId,
    action,
    outcome,
    recordType: record?.type ?? null,
    recordId: record?.id ?? null,
    ip: request.ip,
    requestId: request.id,
  });
}

/**
 * The onRequest hook for a route requiring `action`: reads the session cookie, loads the live session
 * (401 when absent, idle, expired, revoked or the user is disabled), checks the CSRF header on
 * state-changing methods (403 csrf-failed), checks the access table (403, audited) and sets
 * `request.auth`. Runs before body validation, so an anonymous caller learns nothing about a route.
 */
export function requireAccess(action: Action, deps: AccessDeps): onRequestHookHandler {
  return async function checkAccess(request: FastifyRequest, _reply: FastifyReply) {
    const token = request.cookies[SESSION_COOKIE];
    if (token === undefined || token.length === 0 || token.length > 128)
      throw new AppError('unauthenticated', 401, 'Sign in first');
    const now = deps.store.deps.now();
    const session = await deps.store.run(
      { kind: 'session-token', tokenHash: tokenHash(token) },
      (tx, tools) =>
        findLiveSession(tx, tools, tokenHash(token), {
          now,
          idleBefore: minutesBefore(now, deps.config.idleMinutes),
        }),
    );
    if (session === undefined)
      throw new AppError('unauthenticated', 401, 'Your session has ended; sign in again');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sent.length > 128 || !sameHash(tokenHash(sent), session.csrfHash))
        throw new AppError(
          'csrf-failed',
          403,
          'The request lacks this session’s CSRF token; reload the page',
        );
    }
    request.auth = {
      clinicId: session.clinicId,
      userId: session.userId,
      role: session.role,
      sessionId: session.sessionId,
    };
    if (!isAllowed(session.role, action)) {
      const id = (request.params as Record<string, unknown> | undefined)?.id;
      await auditRequest(
        deps.store,
        request,
        action,
        'denied',
        typeof id === 'string' ? { type: request.routeOptions.config.record ?? 'record', id } : undefined,
      );
      throw new AppError('forbidden', 403, 'Your role does not allow this');
    }
  };
}

/** A registered route and what it declares, for the deny matrix and its meta-test. */
export interface DeclaredRoute {
  readonly method: string;
  readonly url: string;
  readonly access: RouteAccess | undefined;
  readonly record: string | undefined;
}

const ROUTES = new WeakMap<FastifyInstance, DeclaredRoute[]>();

/** Every route registered after installAccessControl, with its declared access (undefined when missing). */
export function declaredRoutes(app: FastifyInstance): readonly DeclaredRoute[] {
  return ROUTES.get(app) ?? [];
}

/**
 * Installs access control for every route registered after it: a route whose `config.access` names an
 * action gets requireAccess as its first onRequest hook. The deny-matrix meta-test fails for a route
 * without a declared `config.access`.
 */
export function installAccessControl(app: FastifyInstance, deps: AccessDeps): void {
  app.decorateRequest('auth', null);
  const list: DeclaredRoute[] = [];
  ROUTES.set(app, list);
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    for (const method of [route.method].flat())
      list.push({ method, url: route.url, access, record: route.config?.record });
    if (access === undefined || access === 'public') return;
    if (!isAction(access))
      throw new Error(`route ${route.method} ${route.url} declares unknown access ${String(access)}`);
    const hook = requireAccess(access, deps);
    const existing = route.onRequest;
    route.onRequest =
      existing === undefined ? [hook] : [hook, ...(Array.isArray(existing) ? existing : [existing])];
  });
}
