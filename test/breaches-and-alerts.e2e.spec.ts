import { randomUUID } from 'node:crypto';
import { StorTestApp } from './support/stor-app.js';
import {
  type Alert,
  anOrder,
  CAR_WASHES,
  expectInvalid,
  expectProblem,
  expectRefusedByRule,
  expectStatus,
  fieldsNamed,
  inbox,
  NAMED_PERSONS,
  type Outcome,
  readOrder,
  recordBreach,
  recordOrder,
  stopAndCheckEveryResponse,
  UUID,
} from './support/stor-steps.js';

// Breaches, and the alerts that tell forces about them. The clock says 23 November 2026.
let stor: StorTestApp;
beforeAll(async () => {
  stor = await StorTestApp.start();
});
afterAll(() => stopAndCheckEveryResponse(stor));

// A Kent STPO made 14 March 2025. Breaches are recorded by the force in whose area they happened,
// against any force's order.
describe('an order manager records a breach that happened in their force area', () => {
  let kentManager: string;
  let sussexManager: string;
  let orderId: string;
  let carWashes: string;
  let namedPersons: string;

  beforeAll(async () => {
    kentManager = await stor.token({ role: 'order-manager', force: 'kent' });
    sussexManager = await stor.token({ role: 'order-manager', force: 'sussex' });
    const made = await recordOrder(
      stor,
      kentManager,
      anOrder({
        subject: { forenames: 'Gheorghe', surname: 'Lungu', dateOfBirth: '1984-10-10' },
        prohibitions: [
          { text: CAR_WASHES, until: null },
          { text: NAMED_PERSONS, until: '2031-01-01' },
        ],
      }),
    );
    orderId = made.orderId;
    const order = await readOrder(stor, kentManager, orderId, made.position);
    [carWashes, namedPersons] = order.prohibitions.map((p: { prohibitionId: string }) => p.prohibitionId);
  });

  test('Sussex records a breach in Sussex of an order Kent owns: 201 with the breach id, the new version and the position', async () => {
    const response = await recordBreach(stor, sussexManager, orderId, {
      occurredOn: '2026-11-20',
      locationForce: 'sussex',
      description: 'Found supervising workers at a car wash in Crawley',
      prohibitionIds: [carWashes],
    });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ breachId: expect.stringMatching(UUID), version: 2, position: expect.any(Number) });

    const order = await readOrder(stor, kentManager, orderId, response.body.position);
    expect(order.version).toBe(2);
    expect(order.breaches).toEqual([
      expect.objectContaining({
        breachId: response.body.breachId,
        occurredOn: '2026-11-20',
        locationForce: 'sussex',
        description: 'Found supervising workers at a car wash in Crawley',
        prohibitionIds: [carWashes],
      }),
    ]);
  });

  test('the owning force records a breach in its own area, of two prohibitions at once', async () => {
    const response = await recordBreach(stor, kentManager, orderId, {
      occurredOn: '2026-11-21',
      locationForce: 'kent',
      prohibitionIds: [carWashes, namedPersons],
    });
    expectStatus(response, 201);

    const order = await readOrder(stor, kentManager, orderId, response.body.position);
    expect(order.breaches.map((b: { breachId: string }) => b.breachId)).toContain(response.body.breachId);
  });

  test('a breach on the day the order was made is accepted', async () => {
    expectStatus(await recordBreach(stor, kentManager, orderId, { occurredOn: '2025-03-14', locationForce: 'kent', prohibitionIds: [carWashes] }), 201);
  });

  describe('refused: who may record it', () => {
    test('an order manager of Surrey may not record a breach said to have happened in Sussex: 403', async () => {
      const surreyManager = await stor.token({ role: 'order-manager', force: 'surrey' });
      const response = await recordBreach(stor, surreyManager, orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [carWashes] });
      expectProblem(response, 403);
    });

    test('the owning force may not record a breach in another force area: 403', async () => {
      const response = await recordBreach(stor, kentManager, orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [carWashes] });
      expectProblem(response, 403);
    });

    test.each([
      ['an officer of Sussex', { role: 'officer' as const, force: 'sussex' }],
      ['a ROCU user', { role: 'rocu' as const, region: 'south-east' }],
      ['a national user', { role: 'national' as const }],
      ['an auditor', { role: 'auditor' as const }],
    ])('%s may not record a breach: 403', async (_who, who) => {
      const response = await recordBreach(stor, await stor.token(who), orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [carWashes] });
      expectProblem(response, 403);
    });

    test('without a token: 401', async () => {
      expectProblem(await stor.request('POST', `/api/orders/${orderId}/breaches`, { body: { occurredOn: '2026-11-20', locationForce: 'sussex', description: 'x', prohibitionIds: [carWashes] } }), 401);
    });
  });

  describe('refused: no such order (404)', () => {
    test('an order id the register does not hold', async () => {
      const response = await recordBreach(stor, sussexManager, randomUUID(), { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [carWashes] });
      expectProblem(response, 404);
    });

    test('an order id that is not an order id at all', async () => {
      const response = await recordBreach(stor, sussexManager, 'not-an-order', { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [carWashes] });
      expectProblem(response, 404);
    });
  });

  describe('refused: what cannot have been a breach (422)', () => {
    test('a prohibition the order does not have', async () => {
      const response = await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [randomUUID()] });
      expectProblem(response, 422);
      expect(fieldsNamed(response)).toContain('prohibitionIds[0]');
    });

    test('no prohibition named at all', async () => {
      const response = await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [] });
      expectProblem(response, 422);
      expect(fieldsNamed(response)).toContain('prohibitionIds');
    });

    test('a breach dated before the order was made', async () => {
      const response = await recordBreach(stor, sussexManager, orderId, { occurredOn: '2025-03-13', locationForce: 'sussex', prohibitionIds: [carWashes] });
      expectProblem(response, 422);
      expect(fieldsNamed(response)).toContain('occurredOn');
    });

    test('a breach dated in the future (tomorrow)', async () => {
      const response = await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-11-24', locationForce: 'sussex', prohibitionIds: [carWashes] });
      expectProblem(response, 422);
      expect(fieldsNamed(response)).toContain('occurredOn');
    });

    test('a breach of a prohibition before a variation added it', async () => {
      const varied = await stor.request('POST', `/api/orders/${orderId}/variations`, {
        token: kentManager,
        body: { court: 'Maidstone Crown Court', variedOn: '2026-06-01', addProhibitions: [{ text: 'Must not hold more than one mobile phone', until: null }], removeProhibitionIds: [] },
      });
      expectStatus(varied, 200);
      const order = await readOrder(stor, kentManager, orderId, varied.body.position);
      const phones = order.prohibitions.find((p: { text: string }) => p.text === 'Must not hold more than one mobile phone').prohibitionId;

      expectRefusedByRule(
        await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-05-31', locationForce: 'sussex', prohibitionIds: [phones] }),
        'prohibition-not-in-force',
        'prohibitionIds[0]',
      );
      expectStatus(await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-06-01', locationForce: 'sussex', prohibitionIds: [phones] }), 201);
    });
  });

  describe('refused: malformed (400)', () => {
    test('a location that is not a force', async () => {
      expectInvalid(await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-11-20', locationForce: 'atlantis', prohibitionIds: [carWashes] }), 'locationForce');
    });

    test('a date that is no date', async () => {
      expectInvalid(await recordBreach(stor, sussexManager, orderId, { occurredOn: '20/11/2026', locationForce: 'sussex', prohibitionIds: [carWashes] }), 'occurredOn');
    });

    test('an empty description', async () => {
      expectInvalid(await recordBreach(stor, sussexManager, orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', description: '', prohibitionIds: [carWashes] }), 'description');
    });
  });
});

// Kent makes an order; later Sussex records a breach of it in Sussex. Who hears about what?
// Kent's land neighbours are the Met, Surrey and Sussex; Sussex's are Hampshire, Kent and Surrey.
// Essex faces Kent across the Thames (the Dartford Crossing): not a land border.
describe('alerts reach the forces that need to know', () => {
  let national: string;
  let made: Outcome;
  let breach: Outcome;

  beforeAll(async () => {
    national = await stor.token({ role: 'national' });
    const kentManager = await stor.token({ role: 'order-manager', force: 'kent' });
    made = await recordOrder(stor, kentManager, anOrder({ subject: { forenames: 'Remus', surname: 'Balan', dateOfBirth: '1987-06-06' } }));
    const order = await readOrder(stor, kentManager, made.orderId, made.position);
    const response = await recordBreach(stor, await stor.token({ role: 'order-manager', force: 'sussex' }), made.orderId, {
      occurredOn: '2026-11-22',
      locationForce: 'sussex',
      prohibitionIds: [order.prohibitions[0].prohibitionId],
    });
    expectStatus(response, 201);
    breach = response.body;
  });

  const about = (alerts: Alert[], kind: string, orderId: string) => alerts.filter((a) => a.kind === kind && a.orderId === orderId);

  describe('a new order made by Kent', () => {
    test.each(['kent', 'met', 'surrey', 'sussex'])('alerts %s', async (force) => {
      const alerts = await inbox(stor, national, force, breach.position);
      expect(about(alerts, 'order-made', made.orderId)).toEqual([
        expect.objectContaining({ alertId: expect.any(String), kind: 'order-made', orderId: made.orderId, raisedAt: '2026-11-23T09:00:00.000Z', reason: expect.any(String) }),
      ]);
    });

    test.each(['essex', 'hampshire', 'cumbria', 'btp'])('does not alert %s', async (force) => {
      const alerts = await inbox(stor, national, force, breach.position);
      expect(about(alerts, 'order-made', made.orderId)).toEqual([]);
    });
  });

  describe('a breach in Sussex of the Kent order', () => {
    test.each([
      ['kent', 'the owning force'],
      ['sussex', 'where it happened'],
      ['hampshire', "a neighbour of Sussex"],
      ['surrey', 'a neighbour of Sussex'],
    ])('alerts %s (%s), once', async (force) => {
      const alerts = await inbox(stor, national, force, breach.position);
      expect(about(alerts, 'breach-recorded', made.orderId)).toEqual([
        expect.objectContaining({ kind: 'breach-recorded', orderId: made.orderId, breachId: breach.breachId, reason: expect.any(String) }),
      ]);
    });

    test.each(['met', 'cumbria', 'essex'])('does not alert %s', async (force) => {
      const alerts = await inbox(stor, national, force, breach.position);
      expect(about(alerts, 'breach-recorded', made.orderId)).toEqual([]);
    });
  });

  test("an inbox lists the newest alert first: Kent's breach alert comes before its order-made alert", async () => {
    const alerts = await inbox(stor, national, 'kent', breach.position);
    expect(alerts.filter((a) => a.orderId === made.orderId).map((a) => a.kind)).toEqual(['breach-recorded', 'order-made']);
    const positions = alerts.map((a) => a.position);
    expect(positions).toEqual([...positions].sort((x, y) => y - x));
  });

  test("an alert's reason names no one: the subject's name is not in it", async () => {
    for (const force of ['kent', 'sussex', 'surrey', 'hampshire', 'met']) {
      for (const alert of await inbox(stor, national, force, breach.position)) {
        expect(alert.reason).not.toMatch(/Balan|Remus/);
      }
    }
  });

  describe('who may read an inbox', () => {
    test.each([
      ['an officer of Kent', { role: 'officer' as const, force: 'kent' }, 'kent'],
      ['an order manager of Kent', { role: 'order-manager' as const, force: 'kent' }, 'kent'],
      ['the eastern ROCU, whose region Kent is in', { role: 'rocu' as const, region: 'eastern' }, 'kent'],
      ['the south-east ROCU, for Sussex', { role: 'rocu' as const, region: 'south-east' }, 'sussex'],
      ['a national user', { role: 'national' as const }, 'cumbria'],
    ])('%s: 200', async (_who, who, force) => {
      expectStatus(await stor.request('GET', `/api/forces/${force}/alerts`, { token: await stor.token(who) }), 200);
    });

    test.each([
      ['an officer of the Met, for Kent', { role: 'officer' as const, force: 'met' }, 'kent'],
      ['an order manager of Sussex, for Kent', { role: 'order-manager' as const, force: 'sussex' }, 'kent'],
      ['the south-east ROCU, for Kent (Kent is in the eastern region)', { role: 'rocu' as const, region: 'south-east' }, 'kent'],
      ['an auditor', { role: 'auditor' as const }, 'kent'],
    ])('%s: 403', async (_who, who, force) => {
      expectProblem(await stor.request('GET', `/api/forces/${force}/alerts`, { token: await stor.token(who) }), 403);
    });

    test('a force code that does not exist: 404', async () => {
      expectProblem(await stor.request('GET', '/api/forces/atlantis/alerts', { token: national }), 404);
    });

    test('without a token: 401', async () => {
      expectProblem(await stor.request('GET', '/api/forces/kent/alerts'), 401);
    });
  });
});

describe('the forces STOR knows', () => {
  interface Force {
    code: string;
    name: string;
    region: string;
    neighbours: string[];
  }

  test.each([
    ['an officer', { role: 'officer' as const, force: 'psni' }],
    ['an order manager', { role: 'order-manager' as const, force: 'kent' }],
    ['a ROCU user', { role: 'rocu' as const, region: 'wales' }],
    ['a national user', { role: 'national' as const }],
    ['an auditor', { role: 'auditor' as const }],
  ])('%s gets all 46 forces, each with code, name, region and land-border neighbours', async (_who, who) => {
    const response = await stor.request('GET', '/api/forces', { token: await stor.token(who) });
    expectStatus(response, 200);
    const forces = response.body.forces as Force[];
    expect(forces).toHaveLength(46);
    for (const force of forces) {
      expect(force).toEqual(
        expect.objectContaining({ code: expect.stringMatching(/^[a-z]+(-[a-z]+)*$/), name: expect.any(String), region: expect.any(String), neighbours: expect.any(Array) }),
      );
    }
    expect(new Set(forces.map((f) => f.code)).size).toBe(46);
  });

  test('neighbours are land borders, the same both ways: Kent borders the Met, Surrey and Sussex, not Essex', async () => {
    const response = await stor.request('GET', '/api/forces', { token: await stor.token({ role: 'officer', force: 'kent' }) });
    const forces = response.body.forces as Force[];
    const byCode = new Map(forces.map((f) => [f.code, f]));
    expect(byCode.get('kent')).toMatchObject({ name: 'Kent Police', region: 'eastern' });
    expect([...(byCode.get('kent')?.neighbours ?? [])].sort()).toEqual(['met', 'surrey', 'sussex']);
    expect(byCode.get('north-wales')?.region).toBe('north-west');
    expect(byCode.get('btp')?.neighbours).toEqual([]);
    expect(byCode.get('psni')?.neighbours).toEqual([]);
    let edges = 0;
    for (const force of forces) {
      for (const neighbour of force.neighbours) {
        expect(byCode.get(neighbour)?.neighbours).toContain(force.code);
        edges += 1;
      }
    }
    expect(edges / 2).toBe(101);
  });

  test('without a token: 401', async () => {
    expectProblem(await stor.request('GET', '/api/forces'), 401);
  });
});
