import type { FastifyZodApp } from '../http/fastify-zod.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { classesRoutes } from './classes/routes.ts';
import { clientsRoutes } from './clients/routes.ts';
import { clinicSettingsRoutes } from './clinic-settings/routes.ts';
import type { FeatureContext } from './context.ts';
import { intakeRoutes } from './intake/routes.ts';
import { practiceRoutes } from './practice/routes.ts';
import { usersRoutes } from './users/routes.ts';
import { visitsRoutes } from './visits/routes.ts';

/** Registers the routes of every feature folder (each declares its access action in route config). */
export function registerFeatureRoutes(app: FastifyZodApp, ctx: FeatureContext): void {
  authRoutes(app, ctx);
  usersRoutes(app, ctx);
  auditRoutes(app, ctx);
  clientsRoutes(app, ctx);
  intakeRoutes(app, ctx);
  visitsRoutes(app, ctx);
  clinicSettingsRoutes(app, ctx);
  practiceRoutes(app, ctx);
  classesRoutes(app, ctx);
}
