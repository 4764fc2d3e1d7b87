import { z } from 'zod';
import { authOf } from '../../access/require-access.ts';
import { writeAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../errors.ts';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import type { FeatureContext } from '../context.ts';
import { usersRepository } from '../users/repository.ts';
import { PasswordSchema } from '../users/schema.ts';
import { fieldError } from './http-helpers.ts';
import { verifyPassword } from './passwords.ts';
import { checkTotp, newTotpSecret, totpUri } from './totp.ts';

const CodeSchema = z.string().regex(/^\d{6}$/, 'must be the 6 digits your authenticator app shows');

/** Optional TOTP second factor for one's own account (recommended for owners). */
export function totpRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;

  app.post(
    '/api/me/totp/setup',
    {
      config: { access: 'self.write' },
      schema: {
        summary: 'Start turning on a second factor: a new TOTP secret to add to an authenticator app',
        tags: ['auth'],
        response: { 200: z.object({ secret: z.string(), uri: z.string() }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const secret = newTotpSecret();
      const now = store.deps.now();
      const { email, clinic } = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx) => {
        const user = await usersRepository.get(tx, auth.clinicId, auth.userId);
        if (user === undefined) throw new AppError('unauthenticated', 401, 'Sign in first');
        if (user.totp_secret !== null)
          throw new AppError('conflict', 409, 'A second factor is already on; turn it off first');
        await tx
          .updateTable('users')
          .set({ totp_pending: secret, updated_at: now })
          .where('clinic_id', '=', auth.clinicId)
          .where('id', '=', auth.userId)
          .execute();
        const c = await tx
          .selectFrom('clinics')
          .select('name')
          .where('id', '=', auth.clinicId)
          .executeTakeFirst();
        return { email: user.email, clinic: c?.name ?? 'Myomap' };
      });
      return { secret, uri: totpUri(secret, email, `Myomap (${clinic})`) };
    },
  );

  app.post(
    '/api/me/totp/enable',
    {
      config: { access: 'self.write' },
      schema: {
        summary: 'Confirm the second factor with a current code; from now on sign-in asks for a code',
        tags: ['auth'],
        body: z.strictObject({ code: CodeSchema }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const now = store.deps.now();
      await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
        const user = await usersRepository.get(tx, auth.clinicId, auth.userId);
        if (user?.totp_pending === null || user?.totp_pending === undefined)
          throw new AppError('conflict', 409, 'Start with POST /api/me/totp/setup');
        const step = await checkTotp(user.totp_pending, request.body.code, now, null);
        if (step === null)
          throw fieldError('code', 'is not the current code; check the app and the device clock');
        await tx
          .updateTable('users')
          .set({
            totp_secret: user.totp_pending,
            totp_pending: null,
            totp_last_step: step,
            updated_at: now,
            version: Number(user.version) + 1,
          })
          .where('clinic_id', '=', auth.clinicId)
          .where('id', '=', auth.userId)
          .execute();
        await writeAudit(
          tx,
          tools,
          {
            clinicId: auth.clinicId,
            actorId: auth.userId,
            action: 'auth.totp-on',
            outcome: 'ok',
            recordType: 'user',
            recordId: auth.userId,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
      });
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/me/totp',
    {
      config: { access: 'self.write' },
      schema: {
        summary: 'Turn the second factor off (asks for the password again)',
        tags: ['auth'],
        body: z.strictObject({ password: PasswordSchema }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const user = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, (tx) =>
        usersRepository.get(tx, auth.clinicId, auth.userId),
      );
      if (user === undefined) throw new AppError('unauthenticated', 401, 'Sign in first');
      if (!(await verifyPassword(user.password_hash, request.body.password)))
        throw fieldError('password', 'is not your current password');
      const now = store.deps.now();
      await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
        await tx
          .updateTable('users')
          .set({
            totp_secret: null,
            totp_pending: null,
            totp_last_step: null,
            updated_at: now,
            version: Number(user.version) + 1,
          })
          .where('clinic_id', '=', auth.clinicId)
          .where('id', '=', auth.userId)
          .execute();
        await writeAudit(
          tx,
          tools,
          {
            clinicId: auth.clinicId,
            actorId: auth.userId,
            action: 'auth.totp-off',
            outcome: 'ok',
            recordType: 'user',
            recordId: auth.userId,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
      });
      return reply.status(204).send();
    },
  );
}
