import { z } from 'zod';
import { auditRequest, authOf } from '../../access/require-access.ts';
import { writeAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../errors.ts';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import { fieldError, limit } from '../auth/http-helpers.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { openSession, setSessionCookies } from '../auth/session-cookies.ts';
import { revokeUserSessions } from '../auth/session-repository.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import type { FeatureContext } from '../context.ts';
import { toUserReply, usersRepository, type InviteRow } from './repository.ts';
import {
  IdParams,
  InviteBody,
  InviteReply,
  NameSchema,
  PasswordSchema,
  UserPatchBody,
  UserReply,
} from './schema.ts';

const AcceptBody = z.strictObject({
  token: z.string().min(16).max(128),
  displayName: NameSchema,
  password: PasswordSchema,
});

const toInviteReply = (row: InviteRow) => ({
  id: row.id,
  email: row.email,
  role: row.role as z.infer<typeof InviteReply>['role'],
  createdAt: row.created_at,
  expiresAt: row.expires_at,
});

/** Staff accounts (owner): list, change role, disable/enable; invites: create, list, revoke, accept. */
export function usersRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store, config } = ctx;

  app.get(
    '/api/users',
    {
      config: { access: 'users.read' },
      schema: {
        summary: "The clinic's staff accounts",
        tags: ['users'],
        response: { 200: z.object({ users: z.array(UserReply) }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const rows = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, (tx) =>
        usersRepository.list(tx, auth.clinicId),
      );
      return { users: rows.map(toUserReply) };
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: 'users.manage', record: 'user' },
      schema: {
        summary: 'Change a staff member’s role or disable/enable the account (disabling ends their sessions)',
        tags: ['users'],
        params: IdParams,
        body: UserPatchBody,
        response: { 200: UserReply },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const { id } = request.params;
      const body = request.body;
      const now = store.deps.now();
      const updated = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
        const user = await usersRepository.get(tx, auth.clinicId, id);
        if (user === undefined) return undefined;
        const changes: { role?: string; disabled_at?: string | null } = {};
        if (body.role !== undefined) changes.role = body.role;
        if (body.disabled !== undefined)
          changes.disabled_at = body.disabled ? (user.disabled_at ?? now) : null;
        const losesOwner =
          user.role === 'owner' &&
          user.disabled_at === null &&
          ((body.role !== undefined && body.role !== 'owner') || body.disabled === true);
        if (losesOwner && (await usersRepository.countActiveOwners(tx, auth.clinicId)) <= 1)
          throw new AppError('conflict', 409, 'A clinic keeps at least one active owner', {
            version: Number(user.version),
          });
        if (!(await usersRepository.update(tx, auth.clinicId, id, body.version, changes, now)))
          throw new AppError('conflict', 409, 'This account was changed meanwhile; reload it', {
            version: Number(user.version),
          });
        if (body.disabled === true || (body.role !== undefined && body.role !== user.role))
          await revokeUserSessions(tx, auth.clinicId, id, now);
        await writeAudit(
          tx,
          tools,
          {
            clinicId: auth.clinicId,
            actorId: auth.userId,
            action: 'users.manage',
            outcome: 'ok',
            recordType: 'user',
            recordId: id,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
        return usersRepository.get(tx, auth.clinicId, id);
      });
      if (updated === undefined) {
        await auditRequest(store, request, 'users.manage', 'denied', { type: 'user', id });
        throw AppError.notFound('User');
      }
      return toUserReply(updated);
    },
  );

  app.get(
    '/api/invites',
    {
      config: { access: 'users.read' },
      schema: {
        summary: 'Pending invites',
        tags: ['users'],
        response: { 200: z.object({ invites: z.array(InviteReply) }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const rows = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, (tx) =>
        usersRepository.pendingInvites(tx, auth.clinicId, store.deps.now()),
      );
      return { invites: rows.map(toInviteReply) };
    },
  );

  app.post(
    '/api/invites',
    {
      config: { access: 'users.manage' },
      schema: {
        summary: 'Invite a staff member: a one-time link (expires in 72 h) to pass on',
        description:
          'The token travels in the link’s #fragment, so it never reaches server logs; only its hash is stored.',
        tags: ['users'],
        body: InviteBody,
        response: { 201: z.object({ invite: InviteReply, link: z.string() }) },
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const { email, role } = request.body;
      const taken = await store.run({ kind: 'login-email', email }, (tx) =>
        usersRepository.emailTaken(tx, email),
      );
      if (taken) throw fieldError('email', 'already has an account');
      const token = newToken();
      const now = store.deps.now();
      const row: InviteRow = {
        id: store.deps.newId(),
        clinic_id: auth.clinicId,
        email,
        role,
        token_hash: tokenHash(token),
        created_by: auth.userId,
        created_at: now,
        expires_at: new Date(Date.parse(now) + config.inviteHours * 3_600_000).toISOString(),
        accepted_at: null,
        revoked_at: null,
      };
      await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
        await usersRepository.insertInvite(tx, row);
        await writeAudit(
          tx,
          tools,
          {
            clinicId: auth.clinicId,
            actorId: auth.userId,
            action: 'users.invite',
            outcome: 'ok',
            recordType: 'invite',
            recordId: row.id,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
      });
      return reply.status(201).send({ invite: toInviteReply(row), link: `/invite#${token}` });
    },
  );

  app.delete(
    '/api/invites/:id',
    {
      config: { access: 'users.manage', record: 'invite' },
      schema: { summary: 'Withdraw a pending invite', tags: ['users'], params: IdParams },
    },
    async (request, reply) => {
      const auth = authOf(request);
      const { id } = request.params;
      const now = store.deps.now();
      const done = await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
        const result = await usersRepository.closeInvite(tx, auth.clinicId, id, 'revoked_at', now);
        if (Number(result.numUpdatedRows) !== 1) return false;
        await writeAudit(
          tx,
          tools,
          {
            clinicId: auth.clinicId,
            actorId: auth.userId,
            action: 'users.invite-revoke',
            outcome: 'ok',
            recordType: 'invite',
            recordId: id,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
        return true;
      });
      if (!done) {
        await auditRequest(store, request, 'users.manage', 'denied', { type: 'invite', id });
        throw AppError.notFound('Invite');
      }
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/invites/accept',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Accept an invite: set your name and password; signs you in',
        tags: ['users'],
        body: AcceptBody,
        response: {
          201: z.object({
            user: UserReply,
            clinic: z.object({ id: z.string(), name: z.string() }),
            csrfToken: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      limit(reply, ctx.limiters.address.take(`address:${request.ip}`, Date.parse(store.deps.now())));
      const { token, displayName, password } = request.body;
      const hash = tokenHash(token);
      const invalid = new AppError(
        'invite-invalid',
        404,
        'This invite link is unknown, used or expired; ask for a new one',
      );
      const now = store.deps.now();
      const invite = await store.run({ kind: 'invite-token', tokenHash: hash }, (tx) =>
        usersRepository.inviteByToken(tx, hash),
      );
      if (
        invite === undefined ||
        invite.accepted_at !== null ||
        invite.revoked_at !== null ||
        invite.expires_at <= now
      )
        throw invalid;
      const problem = passwordProblem(password, [invite.email, displayName]);
      if (problem !== null) throw fieldError('password', problem);
      const passwordHash = await hashPassword(password, config);
      const result = await store.run({ kind: 'clinic', clinicId: invite.clinic_id }, async (tx, tools) => {
        const closed = await usersRepository.closeInvite(tx, invite.clinic_id, invite.id, 'accepted_at', now);
        if (Number(closed.numUpdatedRows) !== 1) return undefined;
        const user = {
          id: store.deps.newId(),
          clinic_id: invite.clinic_id,
          email: invite.email,
          display_name: displayName,
          role: invite.role,
          password_hash: passwordHash,
          disabled_at: null,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        await usersRepository.insert(tx, user);
        await writeAudit(
          tx,
          tools,
          {
            clinicId: invite.clinic_id,
            actorId: user.id,
            action: 'users.invite-accept',
            outcome: 'ok',
            recordType: 'user',
            recordId: user.id,
            ip: request.ip,
            requestId: request.id,
          },
          now,
        );
        const tokens = await openSession(
          tx,
          { clinicId: invite.clinic_id, userId: user.id, ip: request.ip, now, newId: store.deps.newId },
          config,
        );
        const clinic = await tx
          .selectFrom('clinics')
          .selectAll()
          .where('id', '=', invite.clinic_id)
          .executeTakeFirstOrThrow();
        return { user, tokens, clinic };
      });
      if (result === undefined) throw invalid;
      setSessionCookies(request, reply, result.tokens, config);
      return reply.status(201).send({
        user: toUserReply(result.user),
        clinic: { id: result.clinic.id, name: result.clinic.name },
        csrfToken: result.tokens.csrfToken,
      });
    },
  );
}
