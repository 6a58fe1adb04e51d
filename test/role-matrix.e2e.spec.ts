import { randomUUID } from 'node:crypto';
import { StorTestApp, type StorResponse } from './support/stor-app.js';
import { anOrder, readOrder, recordOrder, stopAndCheckEveryResponse } from './support/stor-steps.js';

// Who may call what: every role (and no token) × every endpoint the served OpenAPI document lists
// × their own force or region and another. API.md is the rule; this table is API.md written down
// as the app must answer it. A new endpoint with no row here fails the first test.

type Actor = 'officer' | 'officer-elsewhere' | 'order-manager' | 'order-manager-elsewhere' | 'rocu' | 'rocu-elsewhere' | 'national' | 'auditor';
/** What the actor gets: past the access check (`ok`), or 403. No token is always 401 unless the route is public. */
type Answer = 'ok' | 403;

const ACTORS: Record<Actor, { role: 'officer' | 'order-manager' | 'rocu' | 'national' | 'auditor'; force?: string; region?: string }> = {
  // The records used are Kent's (region eastern); "elsewhere" is Cumbria (north-west).
  officer: { role: 'officer', force: 'kent' },
  'officer-elsewhere': { role: 'officer', force: 'cumbria' },
  'order-manager': { role: 'order-manager', force: 'kent' },
  'order-manager-elsewhere': { role: 'order-manager', force: 'cumbria' },
  rocu: { role: 'rocu', region: 'eastern' },
  'rocu-elsewhere': { role: 'rocu', region: 'north-west' },
  national: { role: 'national' },
  auditor: { role: 'auditor' },
};

/** Allowed for exactly these actors; 403 for the others. */
const only = (...actors: Actor[]) => (actor: Actor): Answer => (actors.includes(actor) ? 'ok' : 403);
const OPERATIONAL: Actor[] = ['officer', 'officer-elsewhere', 'order-manager', 'order-manager-elsewhere', 'rocu', 'rocu-elsewhere', 'national'];

interface Row {
  /** Public routes answer without a token. */
  public?: true;
  who: (actor: Actor) => Answer;
  /** `ok` must be this status (a read of a record that exists); otherwise any answer past the access check (400/404/409/422 for a body or id the row does not bother to make valid). */
  okStatus?: number;
  query?: string;
  body?: () => unknown;
  /** Why the row is what it is, where API.md does not say it in so many words. */
  why?: string;
}

// {orderId} and {subjectId} are a Kent order and its subject; {code} is kent; any other id is unknown (404 past the check).
const MATRIX: Record<string, Row> = {
  'GET /health': { public: true, who: () => 'ok', okStatus: 200 },
  'GET /metrics': { public: true, who: () => 'ok', okStatus: 200 },
  'GET /api/forces': { who: () => 'ok', okStatus: 200 },
  'POST /api/orders': {
    who: only('order-manager'),
    body: () => anOrder({ owningForce: 'kent', subject: { forenames: 'Matrix', surname: `Case${Math.floor(Math.random() * 1e9)}` } }),
    okStatus: 201,
    why: 'order-manager of owningForce: another force’s manager is refused for scope',
  },
  'GET /api/orders': { who: only('order-manager', 'rocu', 'national'), query: '?force=kent', okStatus: 200, why: 'a list is scoped: own force, own region, or national' },
  'GET /api/orders/{orderId}': {
    who: only('officer', 'officer-elsewhere', 'order-manager', 'order-manager-elsewhere', 'rocu', 'national'),
    okStatus: 200,
    why: 'officer+ from anywhere (how a check is followed up); a ROCU only for orders touching its region (API.md: "rocu: region")',
  },
  'GET /api/orders/{orderId}/history': {
    who: only('order-manager', 'rocu', 'national'),
    okStatus: 200,
    why: 'order managers of the forces the order touches, the ROCU of its region, national',
  },
  'GET /api/subjects/check': { who: only(...OPERATIONAL), query: '?name=Jan%20Kowalski', okStatus: 200 },
  'GET /api/subjects/{subjectId}': { who: only(...OPERATIONAL), okStatus: 200, why: 'as reading an order: a check’s answer followed up' },
  'GET /api/subjects/{subjectId}/history': { who: only('order-manager', 'order-manager-elsewhere', 'rocu', 'rocu-elsewhere', 'national'), okStatus: 200 },
  'POST /api/subjects/{subjectId}/erasure': { who: only('national'), body: () => ({}), why: 'an empty body: the role is judged, nothing is erased' },
  'POST /api/subjects/{subjectId}/corrections': { who: only('order-manager', 'order-manager-elsewhere'), body: () => ({}), why: 'role here; a force with an order on the subject is checked after the body is valid' },
  'GET /api/forces/{code}/alerts': { who: only('officer', 'order-manager', 'rocu', 'national'), okStatus: 200 },
  'GET /api/forces/{code}/alerts/stream': { who: only('officer', 'order-manager', 'rocu', 'national'), okStatus: 200 },
  'POST /api/forces/{code}/alerts/{alertId}/acknowledge': { who: only('officer', 'order-manager') },
  'GET /api/audit': { who: only('auditor'), okStatus: 200 },
  'GET /api/stats': { who: only('national', 'rocu', 'rocu-elsewhere'), query: '?by=force', okStatus: 200, why: 'a ROCU’s figures are its own region’s' },
  'GET /api/stats/breaches': { who: only('national', 'rocu', 'rocu-elsewhere'), query: '?by=force', okStatus: 200 },
  'POST /api/forces/{code}/webhooks': {
    who: only('order-manager', 'national'),
    // A valid body, so another force's manager meets the scope check (after validation), not a 400. The
    // URL names no real host: those allowed get 422 for it (or 201 where it resolves), never 401/403.
    body: () => ({ url: 'https://alerts.kent.invalid/stor', secret: 'a-webhook-secret-of-enough-length' }),
  },
  'GET /api/forces/{code}/webhooks': { who: only('order-manager', 'national'), okStatus: 200 },
  'DELETE /api/forces/{code}/webhooks/{webhookId}': { who: only('order-manager', 'national') },
  'GET /api/forces/{code}/webhooks/{webhookId}/deliveries': { who: only('order-manager', 'national') },
  'POST /api/forces/{code}/webhooks/{webhookId}/deliveries/{deliveryId}/redeliver': { who: only('order-manager', 'national') },
};

// Every change to an order: the role is checked here; that it is the owning force's manager (or,
// for a breach, the force where it happened) is the domain's rule, checked once the body is valid
// and specified in the order suites.
const ORDER_CHANGES = ['variations', 'discharge', 'breaches', 'renewals', 'appeals', 'appeals/{appealId}/outcome', 'transfer', 'notifications', 'passports/surrendered', 'passports/returned', 'breaches/{breachId}/outcome', 'corrections'];
for (const change of ORDER_CHANGES) MATRIX[`POST /api/orders/{orderId}/${change}`] = { who: only('order-manager', 'order-manager-elsewhere'), body: () => ({}) };

let stor: StorTestApp;
let served: string[];
let descriptions: Map<string, string>;
let ids: Record<string, string>;
const tokens = new Map<Actor, string>();

beforeAll(async () => {
  stor = await StorTestApp.start();
  const document = (await stor.request('GET', '/docs-json')).body as { paths: Record<string, Record<string, { description?: string }>> };
  served = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`));
  descriptions = new Map(
    Object.entries(document.paths).flatMap(([path, operations]) => Object.entries(operations).map(([method, operation]) => [`${method.toUpperCase()} ${path}`, operation.description ?? ''] as const)),
  );
  for (const [actor, who] of Object.entries(ACTORS)) tokens.set(actor as Actor, await stor.token({ ...who, name: `matrix ${actor}` }));
  const made = await recordOrder(stor, tokens.get('order-manager')!, anOrder());
  const order = await readOrder(stor, tokens.get('national')!, made.orderId, made.position);
  ids = { orderId: made.orderId, subjectId: order.subject.subjectId, code: 'kent' };
});

afterAll(async () => {
  await stopAndCheckEveryResponse(stor);
});

test('every endpoint the OpenAPI document serves has a row, and every row an endpoint', () => {
  expect([...served].sort()).toEqual(Object.keys(MATRIX).sort());
});

test("each route's description in the document says who may call it, naming exactly the roles the matrix allows", () => {
  for (const endpoint of served) {
    const description = descriptions.get(endpoint)!;
    expect({ endpoint, says: /\*\*Who may call:\*\*/.test(description) }).toEqual({ endpoint, says: true });
    if (MATRIX[endpoint].public) {
      expect(description).toContain('anyone, without a token');
      continue;
    }
    const named = [...(/Who may call:\*\* a bearer token with role ([^.]*)\./.exec(description)?.[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((match) => match[1]).sort();
    const allowed = [...new Set(Object.entries(ACTORS).filter(([actor]) => MATRIX[endpoint].who(actor as Actor) === 'ok' || roleOnlyRefusal(endpoint, actor as Actor)).map(([, who]) => who.role))].sort();
    expect({ endpoint, named }).toEqual({ endpoint, named: allowed });
  }
});

/** A role the route admits whose other-force or other-region user is refused for scope: the document names the role. */
function roleOnlyRefusal(endpoint: string, actor: Actor): boolean {
  const own = actor.replace('-elsewhere', '') as Actor;
  return actor.endsWith('-elsewhere') && MATRIX[endpoint].who(own) === 'ok';
}

function pathFor(template: string): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => ids[name] ?? randomUUID());
}

async function send(endpoint: string, token: string | undefined): Promise<StorResponse> {
  const [method, template] = endpoint.split(' ');
  const row = MATRIX[endpoint];
  const path = `${pathFor(template)}${row.query ?? ''}`;
  if (endpoint.endsWith('/stream')) return openStream(path, token);
  return stor.request(method, path, { token, body: row.body?.(), headers: method === 'POST' ? { 'idempotency-key': randomUUID() } : {} });
}

/** An event stream never ends by itself: take its status and headers, then hang up. */
async function openStream(path: string, token: string | undefined): Promise<StorResponse> {
  const abort = new AbortController();
  const response = await fetch(`${stor.baseUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal: abort.signal });
  const contentType = response.headers.get('content-type') ?? '';
  const body = contentType.includes('json') ? await response.json() : null;
  abort.abort();
  if (response.status >= 400) stor.exchanges.push({ method: 'GET', path, status: response.status, contentType, body });
  return { status: response.status, contentType, headers: response.headers, body };
}

const cases = Object.keys(MATRIX).flatMap((endpoint) => [
  ...Object.keys(ACTORS).map((actor) => [endpoint, actor as Actor | 'anonymous'] as const),
  [endpoint, 'anonymous' as const] as const,
]);

test.each(cases)('%s as %s', async (endpoint, actor) => {
  const row = MATRIX[endpoint];
  const response = await send(endpoint, actor === 'anonymous' ? undefined : tokens.get(actor));
  const expected = actor === 'anonymous' ? (row.public ? 'ok' : 401) : row.who(actor);
  const seen = { status: response.status, detail: response.body?.detail };
  if (expected === 'ok') {
    if (row.okStatus) expect(seen).toMatchObject({ status: row.okStatus });
    else expect([400, 404, 409, 422]).toContain(response.status);
  } else {
    expect(seen).toMatchObject({ status: expected });
  }
});
