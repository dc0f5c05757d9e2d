import { existsSync } from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { repoRoot } from './config.js';
import type { AppContext } from './platform/context.js';
import { clientErrorHandler, MAX_HEADER_BYTES, registerErrorHandler } from './platform/error-handler.js';
import { securityHeaders } from './platform/security-headers.js';
import { registerRoutes, type AnyRoute } from './platform/routes.js';
import { registerSessionHook } from './platform/session.js';
import { allRoutes } from './modules/index.js';

export interface BuildOptions {
  /** Serve the built web app from web/dist (off in API tests). */
  serveWeb?: boolean;
  routes?: AnyRoute[];
}

/** Builds the HTTP application: plugins, session, declared routes, OpenAPI and the web app. */
export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: process.env.TRUST_PROXY === 'true',
    // A long search query still fits a GET address (the web app sends long ones by POST); larger requests get 431 in Chinese.
    http: { maxHeaderSize: MAX_HEADER_BYTES },
    clientErrorHandler,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  // JSON only: a cross-site HTML form can send text/plain without a CORS preflight, so refuse it (415).
  app.removeContentTypeParser('text/plain');

  await app.register(fastifyHelmet, securityHeaders);
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  // Uploads stream to disk; one file per request, up to 512 MB (a large patent export).
  await app.register(fastifyMultipart, { limits: { files: 1, fileSize: 512 * 1024 * 1024, fields: 10 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: '知产通 Zhichan API',
        version: ctx.config.version,
        description: '城市知识产权公共服务与治理平台接口。写操作需携带 x-csrf-token 请求头（由 GET /api/auth/session 返回）。',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'zc_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  registerSessionHook(app, ctx);
  const routes = opts.routes ?? allRoutes;
  registerRoutes(app, ctx, routes);
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const webDist = path.join(repoRoot, 'web', 'dist');
  if (opts.serveWeb && existsSync(webDist)) {
    // wildcard: files are looked up per request, so a rebuilt web app is served without a restart.
    await app.register(fastifyStatic, { root: webDist, wildcard: true, maxAge: '1h' });
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/')) return reply.header('cache-control', 'no-cache').sendFile('index.html');
      return reply.code(404).send({ error: 'not_found', message: `接口不存在：${req.method} ${req.url.split('?')[0] ?? ''}` });
    });
  } else {
    app.setNotFoundHandler((req, reply) => reply.code(404).send({ error: 'not_found', message: `接口不存在：${req.method} ${req.url.split('?')[0] ?? ''}` }));
  }
  return app;
}
