import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** JSON, problems, metrics: nothing in them may run, load anything or be framed. */
const STRICT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** Swagger UI (GET /docs) draws itself from its own script and styles; its inline styles are its own. */
const API_DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; form-action 'none'";

/**
 * The headers every response carries, set in one place (an onSend hook, after each route has had its
 * say): no sniffing, no framing, no referrer, HSTS over TLS, a CSP (pages keep their nonce CSP), and
 * no-store unless a route said it may be cached (only the web's static assets do). No CORS header is
 * ever set, so browsers keep other origins' scripts out.
 */
export function setSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    applySecurityHeaders(request, reply);
    return payload;
  });
}

export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('x-content-type-options', 'nosniff');
  void reply.header('x-frame-options', 'DENY');
  void reply.header('referrer-policy', 'no-referrer');
  void reply.header('cross-origin-opener-policy', 'same-origin');
  void reply.header('cross-origin-resource-policy', 'same-origin');
  if (!reply.hasHeader('content-security-policy')) {
    void reply.header('content-security-policy', request.url === '/docs' ? API_DOCS_CSP : STRICT_CSP);
  }
  if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  // request.protocol is the socket's, or X-Forwarded-Proto's only when TRUST_PROXY=true.
  if (request.protocol === 'https') void reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
  reply.removeHeader('access-control-allow-origin');
}
