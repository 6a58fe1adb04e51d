import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import swaggerUiDist from 'swagger-ui-dist';
import { describeAccess } from './access-notes.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>STOR API</title>
  <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui"></div>
  <script src="/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/docs/swagger-start.js"></script>
</body>
</html>`;

const UI_ASSETS = [
  ['swagger-ui.css', 'text/css; charset=utf-8'],
  ['swagger-ui-bundle.js', 'text/javascript; charset=utf-8'],
] as const;

const START = `window.ui = SwaggerUIBundle({ url: '/docs-json', dom_id: '#swagger-ui', persistAuthorization: false });`;

/**
 * GET /docs-json is the OpenAPI 3 document built from the controllers and DTOs; GET /docs is
 * Swagger UI over it. The UI's two assets are served here rather than by SwaggerModule, whose
 * loader needs @fastify/static, which the ESM test runner cannot load.
 */
export async function serveApiDocs(app: NestFastifyApplication): Promise<void> {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('STOR — Slavery and Trafficking Orders Register')
      .setDescription(
        'The national register of Slavery and Trafficking Prevention and Risk Orders (Modern Slavery Act 2015, Part 2). ' +
          'Errors are application/problem+json (RFC 9457); a refused rule names it (e.g. "rule": "R9"). ' +
          'Every route but /health and /metrics needs a bearer token: none or a bad one is 401, a role or scope the route does not allow is 403; each route says who may call it. ' +
          'Subject checks are limited per user and per client address, and failed authentication per address: 429 with Retry-After. ' +
          'Every response is Cache-Control: no-store except the web assets. See docs/security.md.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  describeAccess(app, document);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', ui: false, raw: ['json'] });
  const fastify = app.getHttpAdapter().getInstance();
  const assets = swaggerUiDist.getAbsoluteFSPath();
  for (const [file, type] of UI_ASSETS) {
    fastify.get(`/docs/assets/${file}`, (_request, reply) => reply.type(type).send(createReadStream(join(assets, file))));
  }
  fastify.get('/docs', (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  fastify.get('/docs/swagger-start.js', (_request, reply) => reply.type('text/javascript; charset=utf-8').send(START));
}
