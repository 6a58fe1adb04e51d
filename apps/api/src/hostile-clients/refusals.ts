import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem } from '../problem-details/problem.js';
import { applySecurityHeaders } from './security-headers.js';

const PROBLEM_JSON = 'application/problem+json; charset=utf-8';

/** A cross-origin preflight is refused before any route runs (403): STOR answers no other origin's scripts. */
export function refusePreflights(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS') return;
    return sendProblem(reply, request, 403, 'cross-origin-refused', 'Cross-origin requests refused', 'STOR does not answer requests from other origins.');
  });
}

function sendProblem(reply: FastifyReply, request: FastifyRequest, status: number, slug: string, title: string, detail: string): FastifyReply {
  return reply
    .status(status)
    .header('content-type', PROBLEM_JSON)
    .send({ ...problem(status, slug, title, detail), instance: request.url.split('?')[0] });
}

/**
 * Fastify's router refusals (a path parameter longer than it allows, a URL it cannot decode) as
 * problem+json, naming none of Fastify's own error codes.
 */
export function routerRefusal(error: { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  applySecurityHeaders(request, reply);
  const path = (request.raw.url ?? '/').split('?')[0];
  const body =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(414, 'uri-too-long', 'URI too long', 'A part of the address is longer than STOR accepts.')
      : problem(400, 'invalid-request', 'Invalid request', 'The address is not a valid URL.');
  void reply.status(body.status).header('content-type', PROBLEM_JSON).send({ ...body, instance: path.length > 200 ? undefined : path });
}

const RAW_REFUSALS: Record<string, [number, string, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers-too-large', 'Request headers too large', 'The request line or headers are larger than STOR accepts.'],
  HPE_URI_TOO_LONG: [414, 'URI Too Long', 'uri-too-long', 'URI too long', 'The address is longer than STOR accepts.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'request-timeout', 'Request timeout', 'The request took too long to arrive.'],
};

/**
 * Node's HTTP parser refuses some requests before Fastify sees them (headers or request line too
 * large, malformed HTTP): answer those on the raw socket as a complete problem+json response.
 */
export function clientErrorAsProblem(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, slug, title, detail] = RAW_REFUSALS[error.code ?? ''] ?? [400, 'Bad Request', 'invalid-request', 'Invalid request', 'The request is not valid HTTP.'];
  const body = JSON.stringify(problem(status, slug, title, detail));
  const head = [
    `HTTP/1.1 ${status} ${reason}`,
    `content-type: ${PROBLEM_JSON}`,
    `content-length: ${Buffer.byteLength(body)}`,
    'x-content-type-options: nosniff',
    'x-frame-options: DENY',
    'referrer-policy: no-referrer',
    `content-security-policy: default-src 'none'; frame-ancestors 'none'`,
    'cache-control: no-store',
    'connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}
