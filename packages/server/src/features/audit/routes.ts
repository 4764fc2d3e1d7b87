import { z } from 'zod';
import { authOf } from '../../access/require-access.ts';
import { verifyAuditRows } from '../../audit/audit-log.ts';
import type { FastifyZodApp } from '../../http/fastify-zod.ts';
import type { FeatureContext } from '../context.ts';

const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
});

const AuditEntryReply = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  outcome: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  ip: z.string(),
});

/** GET /api/audit (owner): the clinic's audit log, newest first, with the chain check. */
export function auditRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  const { store } = ctx;
  app.get(
    '/api/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        summary: "The clinic's audit log, newest first, and whether its hash chain is intact",
        tags: ['audit'],
        querystring: AuditQuery,
        response: {
          200: z.object({
            entries: z.array(AuditEntryReply),
            chain: z.object({
              ok: z.boolean(),
              entries: z.number().int(),
              brokenAt: z.number().int().nullable(),
              reason: z.string().nullable(),
            }),
          }),
        },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const { limit, before } = request.query;
      const { rows, all, names } = await store.run(
        { kind: 'clinic', clinicId: auth.clinicId },
        async (tx) => {
          let q = tx.selectFrom('audit_log').selectAll().where('clinic_id', '=', auth.clinicId);
          if (before !== undefined) q = q.where('seq', '<', before);
          return {
            rows: await q.orderBy('seq', 'desc').limit(limit).execute(),
            all: await tx
              .selectFrom('audit_log')
              .selectAll()
              .where('clinic_id', '=', auth.clinicId)
              .orderBy('seq')
              .execute(),
            names: await tx
              .selectFrom('users')
              .select(['id', 'display_name'])
              .where('clinic_id', '=', auth.clinicId)
              .execute(),
          };
        },
      );
      const nameOf = new Map(names.map((n) => [n.id, n.display_name]));
      const check = verifyAuditRows(all);
      return {
        entries: rows.map((r) => ({
          seq: Number(r.seq),
          at: r.at,
          actorId: r.actor_id,
          actorName: r.actor_id === null ? null : (nameOf.get(r.actor_id) ?? null),
          action: r.action,
          outcome: r.outcome,
          recordType: r.record_type,
          recordId: r.record_id,
          ip: r.ip,
        })),
        chain: check.ok
          ? { ok: true, entries: check.entries, brokenAt: null, reason: null }
          : { ok: false, entries: check.entries, brokenAt: check.brokenAt, reason: check.reason },
      };
    },
  );
}
