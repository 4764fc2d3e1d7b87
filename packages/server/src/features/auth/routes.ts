import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { authOf } from '../../access/require-access.ts';
import { writeAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../errors.ts';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import type { FeatureContext } from '../context.ts';
import { toUserReply, usersRepository } from '../users/repository.ts';
import { EmailSchema, NameSchema, PasswordSchema, UserReply } from '../users/schema.ts';
import { SESSION_COOKIE } from './auth-config.ts';
import { fieldError, limit } from './http-helpers.ts';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';
import { clearSessionCookies, openSession, setSessionCookies } from './session-cookies.ts';
import { revokeSession, revokeUserSessions } from './session-repository.ts';
import { tokenHash } from './tokens.ts';
import { checkTotp } from './totp.ts';
import { totpRoutes } from './totp-routes.ts';

const SetupBody = z.strictObject({
  clinicName: NameSchema,
  displayName: NameSchema,
  email: EmailSchema,
  password: PasswordSchema,
});
const LoginBody = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  /** The authenticator code, for accounts with a second factor. */
  code: z.string().max(12).optional(),
});
const PasswordBody = z.strictObject({ currentPassword: PasswordSchema, newPassword: PasswordSchema });
const SignedIn = z.object({
  user: UserReply,
  clinic: z.object({ id: z.string(), name: z.string() }),
  csrfToken: z.string().optional(),
});

// A real Argon2id hash of a random string: unknown emails cost one verification too (no timing oracle).
let dummyHash: Promise<string> | undefined;

/** Revokes the session cookie the request came with, if any (a login replaces it). */
async function dropOldSession(ctx: FeatureContext, request: FastifyRequest, now: string): Promise<void> {
  const old = request.cookies[SESSION_COOKIE];
  if (old === undefined || old.length === 0 || old.length > 128) return;
  await ctx.store.run({ kind: 'session-token', tokenHash: tokenHash(old) }, async (tx) => {
    const row = await tx
      .selectFrom('sessions')
      .select(['id', 'clinic_id'])
      .where('token_hash', '=', tokenHash(old))
      .executeTakeFirst();
    if (row !== undefined) await revokeSession(tx, row.clinic_id, row.id, now);
  });
}

/** First-run setup, login, logout, the caller's own account and password. */
export function authRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store, config } = ctx;
  totpRoutes(app, ctx);

  app.get(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Whether first-run setup is still needed',
        tags: ['auth'],
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async () => ({ needed: (await store.listClinics()).length === 0 }),
  );

  app.post(
    '/api/setup',
    {
      config: { access: 'public' },
      schema: {
        summary: 'First run: create the clinic and its owner (refused once a clinic exists)',
        tags: ['auth'],
        body: SetupBody,
        response: { 201: SignedIn },
      },
    },
    async (request, reply) => {
      limit(reply, ctx.limiters.address.take(`address:${request.ip}`, Date.parse(store.deps.now())));
      const body = request.body;
      const problem = passwordProblem(body.password, [body.email, body.displayName, body.clinicName]);
      if (problem !== null) throw fieldError('password', problem);
      const passwordHash = await hashPassword(body.password, config);
      // one transaction under one lock: two first-run requests (or two servers) cannot both create a clinic
      const { user, clinic, tokens } = await store.run({ kind: 'all-clinics' }, async (tx, tools) => {
        await tools.lock('myomap:setup');
        if ((await tx.selectFrom('clinics').select('id').limit(1).executeTakeFirst()) !== undefined)
          throw new AppError('setup-done', 409, 'This Myomap already has a clinic; sign in instead');
        const now = store.deps.now();
        const clinic = { id: store.deps.newId(), name: body.clinicName, created_at: now };
        await tools.enterClinic(clinic.id);
        await tx.insertInto('clinics').values(clinic).execute();
        const user = {
          id: store.deps.newId(),
          clinic_id: clinic.id,
          email: body.email,
          display_name: body.displayName,
          role: 'owner',
          password_hash: passwordHash,
          disabled_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await usersRepository.insert(tx, user);
        const tokens = await openSession(
          tx,
          { clinicId: clinic.id, userId: user.id, ip: request.ip, now, newId: store.deps.newId },
          config,
        );
        await writeAudit(
          tx,
          tools,
          {
            clinicId: clinic.id,
            actorId: user.id,
            action: 'setup',
            outcome: 'ok',
            recordType: 'clinic',
            recordId: clinic.id,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
        return { user, clinic, tokens };
      });
      setSessionCookies(request, reply, tokens, config);
      return reply.status(201).send({
        user: toUserReply(user),
        clinic: { id: clinic.id, name: clinic.name },
        csrfToken: tokens.csrfToken,
      });
    },
  );

  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Sign in with email and password; sets the session and CSRF cookies',
        description:
          'At most 10 password checks per account per 15 minutes and a per-address limit: 429 with Retry-After.',
        tags: ['auth'],
        body: LoginBody,
        response: { 200: SignedIn },
      },
    },
    async (request, reply) => {
      const nowMs = Date.parse(store.deps.now());
      limit(reply, ctx.limiters.address.take(`address:${request.ip}`, nowMs));
      const { email, password } = request.body;
      limit(reply, ctx.limiters.account.take(`account:${email}`, nowMs));
      const user = await store.run({ kind: 'login-email', email }, (tx) =>
        usersRepository.byEmailForLogin(tx, email),
      );
      const bad = new AppError('bad-credentials', 401, 'Email or password is wrong');
      if (user === undefined) {
        dummyHash ??= hashPassword(`dummy-${Math.random()}`, config);
        await verifyPassword(await dummyHash, password);
        throw bad;
      }
      const passwordOk = (await verifyPassword(user.password_hash, password)) && user.disabled_at === null;
      const now = store.deps.now();
      // second factor: asked for only after a right password, and never accepted twice
      let totpStep: number | null = null;
      if (passwordOk && user.totp_secret !== null) {
        if (request.body.code === undefined || request.body.code === '')
          throw new AppError('totp-required', 401, 'Enter the 6-digit code from your authenticator app');
        totpStep = await checkTotp(
          user.totp_secret,
          request.body.code,
          now,
          user.totp_last_step === null ? null : Number(user.totp_last_step),
        );
      }
      const ok = passwordOk && (user.totp_secret === null || totpStep !== null);
      if (ok) await dropOldSession(ctx, request, now);
      const tokens = await store.run({ kind: 'clinic', clinicId: user.clinic_id }, async (tx, tools) => {
        await writeAudit(
          tx,
          tools,
          {
            clinicId: user.clinic_id,
            actorId: ok ? user.id : null,
            action: 'auth.login',
            outcome: ok ? 'ok' : 'failed',
            recordType: 'user',
            recordId: user.id,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
        if (!ok) return undefined;
        if (totpStep !== null)
          await tx
            .updateTable('users')
            .set({ totp_last_step: totpStep })
            .where('clinic_id', '=', user.clinic_id)
            .where('id', '=', user.id)
            .execute();
        return openSession(
          tx,
          { clinicId: user.clinic_id, userId: user.id, ip: request.ip, now, newId: store.deps.newId },
          config,
        );
      });
      if (tokens === undefined) throw bad;
      const clinic = await store.getClinic(user.clinic_id);
      setSessionCookies(request, reply, tokens, config);
      return {
        user: toUserReply(user),
        clinic: { id: user.clinic_id, name: clinic?.name ?? '' },
        csrfToken: tokens.csrfToken,
      };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'self.write' },
      schema: { summary: 'Sign out: revokes this session', tags: ['auth'] },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const now = store.deps.now();
      await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
        await revokeSession(tx, auth.clinicId, auth.sessionId, now);
        await writeAudit(
          tx,
          tools,
          {
            clinicId: auth.clinicId,
            actorId: auth.userId,
            action: 'auth.logout',
            outcome: 'ok',
            recordType: 'user',
            recordId: auth.userId,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
      });
      clearSessionCookies(request, reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/me',
    {
      config: { access: 'self.read' },
      schema: { summary: 'The signed-in user and clinic', tags: ['auth'], response: { 200: SignedIn } },
    },
    async (request) => {
      const auth = authOf(request);
      const { user, clinic } = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx) => ({
        user: await usersRepository.get(tx, auth.clinicId, auth.userId),
        clinic: await tx.selectFrom('clinics').selectAll().where('id', '=', auth.clinicId).executeTakeFirst(),
      }));
      if (user === undefined || clinic === undefined)
        throw new AppError('unauthenticated', 401, 'Sign in first');
      return { user: toUserReply(user), clinic: { id: clinic.id, name: clinic.name } };
    },
  );

  app.put(
    '/api/me/password',
    {
      config: { access: 'self.write' },
      schema: {
        summary: 'Change your password: ends every session of yours and opens a new one for this browser',
        tags: ['auth'],
        body: PasswordBody,
        response: { 200: z.object({ csrfToken: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const nowMs = Date.parse(store.deps.now());
      const user = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, (tx) =>
        usersRepository.get(tx, auth.clinicId, auth.userId),
      );
      if (user === undefined) throw new AppError('unauthenticated', 401, 'Sign in first');
      limit(reply, ctx.limiters.account.take(`account:${user.email}`, nowMs));
      if (!(await verifyPassword(user.password_hash, request.body.currentPassword)))
        throw fieldError('currentPassword', 'is not your current password');
      const problem = passwordProblem(request.body.newPassword, [user.email, user.display_name]);
      if (problem !== null) throw fieldError('newPassword', problem);
      const passwordHash = await hashPassword(request.body.newPassword, config);
      const now = store.deps.now();
      const tokens = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
        const current = await usersRepository.get(tx, auth.clinicId, auth.userId);
        if (
          current === undefined ||
          !(await usersRepository.update(
            tx,
            auth.clinicId,
            auth.userId,
            Number(current.version),
            { password_hash: passwordHash },
            now,
          ))
        )
          throw new AppError('conflict', 409, 'Your account changed meanwhile; try again');
        await revokeUserSessions(tx, auth.clinicId, auth.userId, now);
        await writeAudit(
          tx,
          tools,
          {
            clinicId: auth.clinicId,
            actorId: auth.userId,
            action: 'auth.password',
            outcome: 'ok',
            recordType: 'user',
            recordId: auth.userId,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
        return openSession(
          tx,
          { clinicId: auth.clinicId, userId: auth.userId, ip: request.ip, now, newId: store.deps.newId },
          config,
        );
      });
      setSessionCookies(request, reply, tokens, config);
      return { csrfToken: tokens.csrfToken };
    },
  );
}
