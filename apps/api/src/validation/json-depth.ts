import type { FastifyInstance } from 'fastify';
import { InvalidRequest } from '../problem-details/invalid-request.exception.js';

/** No STOR body nests deeper than a few levels; a client's deeper body is refused before anything walks it. */
export const MOST_JSON_DEPTH = 32;

/**
 * How deep the JSON text nests, counted in one pass over the characters without parsing (so a
 * hostile body cannot exhaust the stack of a recursive parser or validator); stops early once
 * past `most`.
 */
export function jsonDepth(text: string, most: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > most) return deepest;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** JSON bodies are measured before they are parsed; the parser itself is Fastify's, with its prototype-poisoning guards. */
export function boundJsonBodies(fastify: FastifyInstance): void {
  const parse = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = body as string;
    if (jsonDepth(text, MOST_JSON_DEPTH) > MOST_JSON_DEPTH) {
      done(new InvalidRequest([{ field: 'body', message: `The body nests deeper than ${MOST_JSON_DEPTH} levels; no STOR request needs that.` }]), undefined);
      return;
    }
    parse(request, text, done);
  });
}
