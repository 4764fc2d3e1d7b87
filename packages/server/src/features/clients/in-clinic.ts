import type { FastifyRequest } from 'fastify';
import { auditRequest, authOf, type RequestAuth } from '../../access/require-access.ts';
import { writeAudit } from '../../audit/audit-log.ts';
import { AppError } from '../../errors.ts';
import type { ClinicStore, ScopedTx, TxTools } from '../../store/store.ts';

/** What an audited clinic operation names: the audit action and the record (type, id) it touched. */
export interface AuditedOp<T> {
  readonly action: string;
  readonly recordType: string;
  /** The record id: from the path, or from the result (a new record). */
  readonly recordId: string | ((result: T) => string) | null;
}

/**
 * Runs `fn` in one transaction scoped to the caller's clinic (from the session, never the request)
 * and appends the audit entry in the same transaction, so the record and its audit commit together.
 * A record the clinic does not have (404), or one the caller may not touch (403 from a repository's own
 * check, e.g. a class the caller does not teach), is audited as a denied attempt in the caller's chain.
 * Entries name the record type and id only, never health data.
 */
export async function inClinic<T>(
  store: ClinicStore,
  request: FastifyRequest,
  op: AuditedOp<T>,
  fn: (tx: ScopedTx, auth: RequestAuth, tools: TxTools) => Promise<T>,
): Promise<T> {
  const auth = authOf(request);
  try {
    return await store.run({ kind: 'clinic', clinicId: auth.clinicId }, async (tx, tools) => {
      const result = await fn(tx, auth, tools);
      const id = typeof op.recordId === 'function' ? op.recordId(result) : op.recordId;
      await writeAudit(
        tx,
        tools,
        {
          clinicId: auth.clinicId,
          actorId: auth.userId,
          action: op.action,
          outcome: 'ok',
          recordType: op.recordType,
          recordId: id,
          ip: request.ip,
          requestId: request.id,
        },
        store.deps.now(),
      );
      return result;
    });
  } catch (error) {
    if (error instanceof AppError && (error.status === 404 || error.status === 403)) {
      const id = typeof op.recordId === 'string' ? op.recordId : undefined;
      await auditRequest(
        store,
        request,
        op.action,
        'denied',
        id === undefined ? undefined : { type: op.recordType, id },
      );
    }
    throw error;
  }
}
