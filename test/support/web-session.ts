/**
 * A signed-in browser without a browser, for e2e specs of the web pages: it keeps the session
 * cookie, reads each form's hidden fields (CSRF token, order version, idempotency key) from the page
 * and posts forms urlencoded, as a browser without JavaScript would.
 */
export class WebSession {
  private cookie = '';

  private constructor(private readonly baseUrl: string) {}

  static async signIn(baseUrl: string, user: { role: string; force?: string; region?: string; name: string }): Promise<WebSession> {
    const session = new WebSession(baseUrl);
    const form = await session.get('/sign-in');
    const answer = await session.post('/sign-in', { ...user, _csrf: hiddenField(form.html, '_csrf') });
    if (answer.status !== 303) throw new Error(`sign-in answered ${answer.status}`);
    return session;
  }

  async get(path: string): Promise<{ status: number; html: string; location: string | null }> {
    return this.send('GET', path);
  }

  async post(path: string, fields: Record<string, string | string[] | undefined>): Promise<{ status: number; html: string; location: string | null }> {
    const body = new URLSearchParams();
    for (const [name, value] of Object.entries(fields)) {
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) body.append(name, one);
    }
    return this.send('POST', path, body.toString());
  }

  /** Opens a form, then posts it as a browser would: what its boxes already hold (hidden fields too), with these typed over them. */
  async submit(path: string, fields: Record<string, string | string[] | undefined>, opened?: string): Promise<{ status: number; html: string; location: string | null }> {
    const html = opened ?? (await this.get(path)).html;
    return this.post(path, { ...prefilledFields(html), ...fields });
  }

  private async send(method: string, path: string, body?: string) {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (body !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body, redirect: 'manual' });
    const set = response.headers.getSetCookie().find((cookie) => cookie.startsWith('stor_session='));
    if (set) this.cookie = set.split(';')[0];
    return { status: response.status, html: await response.text(), location: response.headers.get('location') };
  }
}

export function hiddenField(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  if (!match) throw new Error(`no hidden field ${name} on the page`);
  return match[1];
}

/** What the form's text boxes, hidden fields, text areas and selects hold as the page came (checkboxes and radios left unticked). */
function prefilledFields(html: string): Record<string, string> {
  const form = /<form method="post"[^>]*>([\s\S]*?)<\/form>/.exec(html.slice(html.indexOf('<main')))?.[1] ?? '';
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(input)?.[1];
    const type = /\btype="([^"]+)"/.exec(input)?.[1] ?? 'text';
    if (!name || type === 'checkbox' || type === 'radio') continue;
    fields[name] = decoded(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? '');
  }
  for (const match of form.matchAll(/<textarea\b[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[match[1]] = decoded(match[2]);
  for (const match of form.matchAll(/<select\b[^>]*\bname="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const selected = /<option value="([^"]*)"[^>]*\bselected/.exec(match[2]) ?? /<option value="([^"]*)"/.exec(match[2]);
    fields[match[1]] = decoded(selected?.[1] ?? '');
  }
  return fields;
}

function decoded(text: string): string {
  return text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The page's text without its markup, spaces collapsed: what a person reads. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
