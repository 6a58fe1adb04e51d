import type { FastifyInstance } from 'fastify';

/** No STOR form has more fields than this; a body with more is refused before it is walked. */
export const MOST_FORM_FIELDS = 400;

export type FormBody = Record<string, string | string[]>;

class FormRefused extends Error {
  readonly statusCode: number;
  constructor(statusCode: number, message: string) {
    super(message);
    this.statusCode = statusCode;
  }
}

/**
 * HTML forms post application/x-www-form-urlencoded, to the web pages only: the API stays JSON, so
 * a page on another site cannot post a form at it. A repeated field (checkboxes) becomes a list.
 */
export function acceptFormBodies(fastify: FastifyInstance): void {
  fastify.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (request, body, done) => {
    if (request.url.startsWith('/api')) {
      done(new FormRefused(415, 'Send the body as application/json.'), undefined);
      return;
    }
    const text = body as string;
    // Counting separators first bounds the work URLSearchParams will do.
    if (text.split('&').length > MOST_FORM_FIELDS) {
      done(new FormRefused(413, `A form has at most ${MOST_FORM_FIELDS} fields.`), undefined);
      return;
    }
    done(null, parseForm(text));
  });
}

export function parseForm(text: string): FormBody {
  const form: FormBody = Object.create(null) as FormBody;
  for (const [name, value] of new URLSearchParams(text)) {
    const held = form[name];
    if (held === undefined) form[name] = value;
    else form[name] = Array.isArray(held) ? [...held, value] : [held, value];
  }
  return form;
}
