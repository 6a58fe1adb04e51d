import { randomUUID } from 'node:crypto';
import { type DynamicModule, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { ApiModule } from './api.module.js';
import { serveApiDocs } from './openapi/api-docs.js';
import { StorMetrics } from './operations/stor-metrics.js';
import { StorableTextPipe } from './validation/storable-text.pipe.js';
import { boundJsonBodies } from './validation/json-depth.js';
import { InvalidRequest } from './problem-details/invalid-request.exception.js';
import type { StorRuntime } from './runtime/stor-runtime.js';

/** Builds the HTTP application around a runtime; `modules` adds e.g. the projector for the all-in-one. */
export async function createApp(runtime: StorRuntime, modules: DynamicModule[] = []): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: runtime.config.bodyLimitBytes,
    genReqId: () => randomUUID(),
    // Fastify's own request log would print URLs, and a subject check's URL names a person.
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.with(runtime, modules), adapter, {
    logger: ['error', 'warn'],
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
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onResponse', async (request, reply) => {
      metrics.observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    });
  // STOR takes JSON only: a text/plain body is a 415, not a string handed to validation.
  app.getHttpAdapter().getInstance().removeContentTypeParser('text/plain');
  boundJsonBodies(app.getHttpAdapter().getInstance());
  await serveApiDocs(app);
  app.enableShutdownHooks();
  await app.init();
  return app;
}
