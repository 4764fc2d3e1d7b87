import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../errors.ts';

/** Paths that name a static file (a miss is a real 404); app routes like /regions/r.temple are not files. */
const STATIC_FILE =
  /^\/assets\/|\.(js|mjs|css|map|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|txt|json|webmanifest|html)$/i;

/**
 * The page itself must be revalidated on every load (an upgrade replaces the hashed assets it points at);
 * Vite's hashed files under /assets/ never change, so browsers may keep them for a year.
 */
export function cacheControlFor(filePath: string): string {
  return /[\\/]assets[\\/]/.test(filePath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Serves the built web app, with client-side routes falling back to index.html; unknown /api routes get JSON 404. */
export async function serveWebApp(app: FastifyInstance, webDir: string | undefined): Promise<void> {
  const hasWeb = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDir,
      wildcard: false,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, filePath) => res.header('cache-control', cacheControlFor(filePath)),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api') &&
      !STATIC_FILE.test(path);
    if (hasWeb && wantsPage) return reply.sendFile('index.html');
    throw new AppError('not-found', 404, `No route for ${request.method} ${path}`);
  });
}
