import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { govukFrontendRoot, webTemplatesRoot } from './page-renderer.js';

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/manifest+json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
}

/**
 * The GOV.UK Frontend styles, fonts, images and script straight from its npm package, and STOR's
 * own stylesheet and script: read once at start into a fixed table, so a request can name only a
 * file in it (no path is ever joined from a URL) and nothing is built or downloaded.
 */
export function serveWebAssets(fastify: FastifyInstance): void {
  const govuk = join(govukFrontendRoot(), 'govuk');
  const assets = new Map<string, Asset>();
  for (const file of filesUnder(join(govuk, 'assets'))) add(assets, `/assets/${urlPath(join(govuk, 'assets'), file)}`, file);
  add(assets, '/govuk/govuk-frontend.min.css', join(govuk, 'govuk-frontend.min.css'));
  add(assets, '/govuk/govuk-frontend.min.js', join(govuk, 'govuk-frontend.min.js'));
  const own = join(webTemplatesRoot(), 'assets');
  for (const file of filesUnder(own)) add(assets, `/web/${urlPath(own, file)}`, file);
  for (const prefix of ['/assets/*', '/govuk/*', '/web/*']) {
    fastify.get(prefix, async (request, reply) => {
      const asset = assets.get(request.url.split('?')[0]);
      if (!asset) return reply.status(404).type('text/plain; charset=utf-8').send('Not found');
      void reply.header('cache-control', 'public, max-age=3600').header('etag', asset.etag).header('x-content-type-options', 'nosniff');
      if (request.headers['if-none-match'] === asset.etag) return reply.status(304).send();
      return reply.type(asset.type).send(asset.body);
    });
  }
}

function add(assets: Map<string, Asset>, url: string, file: string): void {
  const type = CONTENT_TYPES[extname(file)];
  if (!type) return;
  const body = readFileSync(file);
  assets.set(url, { body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function urlPath(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}
