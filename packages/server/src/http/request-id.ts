import type { IncomingMessage } from 'node:http';

let counter = 0;

/** Uses a sane incoming x-request-id, else makes one: process-unique and sortable enough for logs. */
export function requestIdFrom(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  if (typeof header === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(header)) return header;
  counter = (counter + 1) % 1_000_000;
  return `req-${process.pid.toString(36)}-${Date.now().toString(36)}-${counter.toString(36)}`;
}
