import fastifyCookie from '@fastify/cookie';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { loadAtlas } from '@myomap/atlas';
import Fastify from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { answerClientError } from './http/client-error.ts';
import { installAccessControl } from './access/require-access.ts';
import { DEFAULT_AUTH_CONFIG, type AuthConfig } from './features/auth/auth-config.ts';
import { featureContext } from './features/context.ts';
import { registerFeatureRoutes } from './features/index.ts';
import { installErrorHandling } from './http/error-handler.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import type { FastifyZodApp } from './http/fastify-zod.ts';
import { requestIdFrom } from './http/request-id.ts';
import { serveWebApp } from './http/web-app.ts';
import { registerRoutes } from './routes/index.ts';
import type { ClinicStore } from './store/store.ts';
import { MYOMAP_VERSION } from './version.ts';

/** What the app needs from outside: the store, logging and where the built web app is. */
export interface AppOptions {
  readonly store: ClinicStore;
  readonly logLevel?: string;
  readonly webDir?: string | undefined;
  /** Certificate and key (PEM) to serve HTTPS directly; HSTS is sent only then. */
  readonly tls?: { readonly cert: string | Buffer; readonly key: string | Buffer } | undefined;
  /** Extra routes (tests use this to exercise the error handling). */
  readonly extraRoutes?: (app: FastifyZodApp) => void;
  /** Account and session settings (defaults: DEFAULT_AUTH_CONFIG). */
  readonly auth?: Partial<AuthConfig>;
}

/** Builds the HTTP app: validation, OpenAPI docs, error mapping, API routes and the web app. */
export async function buildApp(options: AppOptions): Promise<FastifyZodApp> {
  const app = Fastify({
    ...(options.tls === undefined ? {} : { https: { cert: options.tls.cert, key: options.tls.key } }),
    clientErrorHandler: answerClientError,
    logger: {
      level: options.logLevel ?? 'info',
      redact: ['req.headers.authorization', 'req.headers.cookie'],
    },
    genReqId: requestIdFrom,
    requestIdHeader: false,
    bodyLimit: 1_048_576,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandling(app);
  // JSON only: a text/plain body is 415, not a string that fails validation
  app.removeContentTypeParser('text/plain');
  await installSecurityHeaders(app, options.tls !== undefined);
  await app.register(fastifyCookie);
  const ctx = featureContext(options.store, { ...DEFAULT_AUTH_CONFIG, ...options.auth });
  installAccessControl(app, ctx);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Myomap API', version: MYOMAP_VERSION, description: 'Trigger point therapy workbench' },
    },
    transform: jsonSchemaTransform,
  });
  // the docs page's own scripts get a CSP with their hashes instead of 'unsafe-inline'; its widgets set inline styles
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    transformStaticCSP: (header) =>
      `${header.replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'")}; frame-ancestors 'none'`,
  });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'public' } }, async () =>
    app.swagger(),
  );
  registerRoutes(app, options.store, loadAtlas());
  registerFeatureRoutes(app, ctx);
  options.extraRoutes?.(app);
  await serveWebApp(app, options.webDir);
  return app;
}
