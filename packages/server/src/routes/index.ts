import type { FastifyZodApp } from '../http/fastify-zod.ts';
import type { ClinicStore } from '../store/store.ts';
import { healthRoutes } from './health.ts';

/** Registers every API route. */
export function registerRoutes(app: FastifyZodApp, store: ClinicStore): void {
  healthRoutes(app, store);
}
