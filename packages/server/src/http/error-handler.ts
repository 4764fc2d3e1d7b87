import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type FieldIssue } from '../errors.ts';

/** The JSON body of every error reply. */
export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

function fieldPath(instancePath: string | undefined): string {
  return (instancePath ?? '').replace(/^\//, '').split('/').filter(Boolean).join('.');
}

/** The field names of a zod "unrecognized keys" issue (strict objects), or none. */
function unrecognizedKeys(keyword: string, params: unknown): string[] {
  const keys = (params as { keys?: unknown } | undefined)?.keys;
  if (keyword !== 'unrecognized_keys' || !Array.isArray(keys)) return [];
  return keys.filter((k): k is string => typeof k === 'string').map((k) => k.slice(0, 64));
}

/** Maps any thrown error to one AppError; the only place errors become HTTP. */
export function toAppError(error: FastifyError | Error, requestId: string): AppError {
  if (error instanceof AppError) return error;
  const fe = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fe)) {
    const where = fe.validationContext === 'body' ? '' : (fe.validationContext ?? '');
    const issues: FieldIssue[] = fe.validation.flatMap((v) => {
      const base = [where, fieldPath(v.instancePath)].filter(Boolean).join('.');
      const unknownKeys = unrecognizedKeys(v.keyword, v.params);
      if (unknownKeys.length > 0)
        return unknownKeys.map((key) => ({
          path: [base, key].filter(Boolean).join('.'),
          message: 'is not a known field',
        }));
      return [{ path: base, message: v.message ?? 'is invalid' }];
    });
    return AppError.validation(issues);
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return new AppError('invalid-json', 400, 'The request body is empty but JSON was declared');
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError('unsupported-media-type', 415, fe.message);
  if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new AppError('payload-too-large', 413, 'The request body is too large');
  if (
    fe.statusCode === 400 &&
    (error instanceof SyntaxError || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY')
  ) {
    return new AppError('invalid-json', 400, `The request body is not valid JSON: ${error.message}`);
  }
  if (fe.statusCode !== undefined && fe.statusCode >= 400 && fe.statusCode < 500) {
    return new AppError('validation-failed', fe.statusCode, fe.message);
  }
  return new AppError(
    'internal-error',
    500,
    `Something went wrong on our side. Quote request id ${requestId} when reporting it.`,
    {
      requestId,
    },
  );
}

/** Installs the error handler and the JSON 404 for unknown API routes. */
export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error, request.id);
    if (appError.status >= 500) request.log.error({ err: error }, 'request failed');
    const body: ErrorBody = { error: { code: appError.code, message: appError.message } };
    if (appError.details !== undefined) body.error.details = appError.details;
    return reply.status(appError.status).type('application/json').send(body);
  });
}
