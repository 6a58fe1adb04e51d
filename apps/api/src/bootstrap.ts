import fastifyCookie from '@fastify/cookie';
import { type DynamicModule, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { createStorLogger, requestContext, StorNestLogger } from '#platform';
import { ApiModule } from './api.module.js';
import { requestIdFor } from './audit/request-identity.js';
import { serveApiDocs } from './openapi/api-docs.js';
import { StorMetrics } from './operations/stor-metrics.js';
import { clientErrorAsProblem, refusePreflights, routerRefusal } from './hostile-clients/refusals.js';
import { setSecurityHeaders } from './hostile-clients/security-headers.js';
import { StorableTextPipe } from './validation/storable-text.pipe.js';
import { boundJsonBodies } from './validation/json-depth.js';
import { InvalidRequest } from './problem-details/invalid-request.exception.js';
import type { StorRuntime } from './runtime/stor-runtime.js';
import { acceptFormBodies } from './web/forms/form-bodies.js';
import { PageRenderer } from './web/rendering/page-renderer.js';
import type { PageAnswer } from './web/rendering/page-view.js';
import { serveWebAssets } from './web/rendering/web-assets.js';
import type { PageRequest } from './web/session/page-access.guard.js';

/** Builds the HTTP application around a runtime; `modules` adds e.g. the projector for the all-in-one. */
export async function createApp(runtime: StorRuntime, modules: DynamicModule[] = []): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: runtime.config.bodyLimitBytes,
    // One id a request: in its audit entry, its log lines and its X-Request-Id header.
    genReqId: (request: { headers: Record<string, string | string[] | undefined> }) => requestIdFor(request.headers['x-request-id'], runtime.config.trustProxy),
    trustProxy: runtime.config.trustProxy,
    // Refusals made before a route is found, and by Node's HTTP parser, are problem+json too.
    frameworkErrors: routerRefusal,
    clientErrorHandler: clientErrorAsProblem,
    // Fastify's own request log would print URLs, and a subject check's URL names a person.
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.with(runtime, modules), adapter, {
    // Every Nest Logger call in STOR becomes a JSON line (pino) with the request id, personal data redacted.
    logger: new StorNestLogger(createStorLogger({ level: 'warn' })),
    // STOR parses JSON itself, measuring its depth first (boundJsonBodies).
    bodyParser: false,
  });
  app.useGlobalPipes(
    new StorableTextPipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      stopAtFirstError: true,
      transform: true,
      exceptionFactory: (errors) => InvalidRequest.fromValidation(errors),
    }),
  );
  const metrics = app.get(StorMetrics);
  const fastify = app.getHttpAdapter().getInstance();
  refusePreflights(fastify);
  setSecurityHeaders(fastify);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    // What the request does from here (handlers, filters, the audit write) logs with its id.
    requestContext.run({ requestId: String(request.id) }, done);
  });
  fastify.addHook('onResponse', async (request, reply) => {
    const signedIn = Boolean((request as { principal?: unknown }).principal);
    metrics.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000, signedIn);
  });
  // STOR takes JSON only: a text/plain body is a 415, not a string handed to validation.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  boundJsonBodies(app.getHttpAdapter().getInstance());
  await servePages(app);
  await serveApiDocs(app);
  app.enableShutdownHooks();
  await app.init();
  return app;
}

/** The web front's plumbing: cookies, form bodies, GOV.UK assets, and reply.view (what Nest's @Render calls) drawing a PageView. */
async function servePages(app: NestFastifyApplication): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyCookie);
  acceptFormBodies(fastify);
  serveWebAssets(fastify);
  const pages = app.get(PageRenderer);
  fastify.decorateReply('view', function (this: FastifyReply, _template: string, answer: PageAnswer) {
    return pages.send(this.request as PageRequest, this, answer);
  });
}
