import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ErrorBody } from './error-handler.ts';

/**
 * Answers requests Node's HTTP parser rejects before fastify sees them (headers too large → 431, malformed
 * request → 400) with the app's error shape, instead of a bare status line.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (!socket.writable) return;
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const status = tooLarge ? 431 : 400;
  const body: ErrorBody = {
    error: tooLarge
      ? { code: 'headers-too-large', message: 'The request headers are too large' }
      : { code: 'bad-request', message: 'The request could not be read as HTTP' },
  };
  const text = JSON.stringify(body);
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  );
}
