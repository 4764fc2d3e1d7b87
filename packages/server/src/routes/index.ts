import type { Atlas } from '@myomap/atlas';
import type { FastifyZodApp } from '../http/fastify-zod.ts';
import type { ClinicStore } from '../store/store.ts';
import { findRoutes } from './find.ts';
import { healthRoutes } from './health.ts';
import { regionRoutes } from './regions.ts';

/** Registers every API route. */
export function registerRoutes(app: FastifyZodApp, store: ClinicStore, atlas: Atlas): void {
  healthRoutes(app, store);
  findRoutes(app, atlas);
  regionRoutes(app);
}
