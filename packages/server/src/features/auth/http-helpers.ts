import type { FastifyReply } from 'fastify';
import { AppError } from '../../errors.ts';

/** 400 naming one field, so a form can show the message next to it. */
export function fieldError(path: string, message: string): AppError {
  return AppError.validation([{ path, message }]);
}

/** Throws 429 with Retry-After (seconds) when a limiter asked to wait `waitMs`. */
export function limit(reply: FastifyReply, waitMs: number): void {
  if (waitMs <= 0) return;
  const seconds = Math.ceil(waitMs / 1000);
  reply.header('retry-after', String(seconds));
  throw new AppError('rate-limited', 429, `Too many attempts; try again in ${Math.ceil(seconds / 60)} min`);
}
