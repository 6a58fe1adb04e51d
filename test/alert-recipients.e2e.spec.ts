import { StorTestApp } from './support/stor-app.js';
import { EventStreamReader } from './support/event-stream.js';
import {
  type Alert,
  anOrder,
  CAR_WASHES,
  decideAppeal,
  discharge,
  expectInvalid,
  expectRefusedByRule,
  expectStatus,
  lodgeAppeal,
  notifyNameAndAddress,
  type OrderInput,
  readOrder,
  recordBreach,
  recordOrder,
  renew,
  stopAndCheckEveryResponse,
  transfer,
  UUID,
  vary,
} from './support/stor-steps.js';

// Who hears what (issue 11, libs/alerts/README.md): each row of the recipient table, end to end —
// record through HTTP, then read the inbox of every force and see exactly who was told, once each,
// and why. The clock says 23 November 2026.
let stor: StorTestApp;
let national: string;
let FORCES: string[];
const managers = new Map<string, string>();

beforeAll(async () => {
  stor = await StorTestApp.start();
  national = await stor.token({ role: 'national' });
  const forces = await stor.request('GET', '/api/forces', { token: national });
  FORCES = (forces.body.forces as { code: string }[]).map((force) => force.code);
});
afterAll(() => stopAndCheckEveryResponse(stor));

async function manager(force: string): Promise<string> {
  if (!managers.has(force)) managers.set(force, await stor.token({ role: 'order-manager', force }));
  return managers.get(force) as string;
}

/**
 * Every force's alerts of this kind about the order (and, given a position, raised by the event
 * at that position), read from all 46 inboxes once they have caught up with `position`.
 */
async function heardBy(orderId: string, kind: string, position: number, { onlyThatEvent = true } = {}): Promise<Map<string, Alert[]>> {
  const heard = new Map<string, Alert[]>();
  for (const force of FORCES) {
    const response = await stor.request('GET', `/api/forces/${force}/alerts?kind=${kind}&limit=1000&position=${position}`, { token: national });
    expectStatus(response, 200);
    const alerts = (response.body.alerts as Alert[]).filter((alert) => alert.orderId === orderId && (!onlyThatEvent || alert.position === position));
    if (alerts.length) heard.set(force, alerts);
  }
  return heard;
}

/** The forces told, sorted, after checking each was told once. */
function forcesIn(heard: Map<string, Alert[]>): string[] {
  for (const [force, alerts] of heard) expect({ force, alerts: alerts.length }).toEqual({ force, alerts: 1 });
  return [...heard.keys()].sort();
}

const reasonOf = (heard: Map<string, Alert[]>, force: string) => heard.get(force)?.[0].reason;

async function orderOf(order: OrderInput, by = order.owningForce) {
  const made = await recordOrder(stor, await manager(by), order);
  const read = await readOrder(stor, national, made.orderId, made.position);
  return { ...made, subjectId: read.subject.subjectId as string, prohibitionIds: (read.prohibitions as { prohibitionId: string }[]).map((p) => p.prohibitionId), read };
}

const person = (forenames: string, surname: string, dateOfBirth = '1982-04-04') => ({ forenames, surname, dateOfBirth });
const home = (force: string, postcode = 'LA1 1AA') => ({ line1: '12 Station Road', postcode, force });
const TRAVEL_BAN = { text: 'Must not travel to Romania or Albania', until: '2028-03-13', foreignTravel: { scope: 'named-countries' as const, countries: ['RO', 'AL'] } };

const KENT_AND_NEIGHBOURS = ['kent', 'met', 'surrey', 'sussex'];
const CUMBRIA_AND_NEIGHBOURS = ['cumbria', 'durham', 'lancashire', 'north-yorkshire', 'northumbria', 'police-scotland'];
const sorted = (...lists: string[][]) => [...new Set(lists.flat())].sort();

describe('where the subject lives, recorded with the order (subject.address)', () => {
  test('is kept, shown on the order as the address last known, and followed by each notification; as at a past day, the one known then', async () => {
    const made = await orderOf(anOrder({ subject: { ...person('Aurel', 'Dinu'), address: home('sussex', 'BN3 1AA') } }));
    expect(made.read.subject.address).toEqual({ line1: '12 Station Road', postcode: 'BN3 1AA', force: 'sussex', knownFrom: '2025-03-14' });

    const moved = await notifyNameAndAddress(stor, await manager('lancashire'), made.orderId, { notifiedOn: '2026-11-20', address: { line1: '3 Mill Lane', postcode: 'LA1 1AA', force: 'lancashire' } });
    expectStatus(moved, 201);
    expect((await readOrder(stor, national, made.orderId, moved.body.position)).subject.address).toEqual({ line1: '3 Mill Lane', postcode: 'LA1 1AA', force: 'lancashire', knownFrom: '2026-11-20' });
    const before = await stor.request('GET', `/api/orders/${made.orderId}?asAt=2026-11-19`, { token: national });
    expectStatus(before, 200);
    expect(before.body.subject.address).toMatchObject({ force: 'sussex', postcode: 'BN3 1AA' });
    expect((await stor.request('GET', `/api/orders/${made.orderId}?asAt=2026-11-20`, { token: national })).body.subject.address).toMatchObject({ force: 'lancashire' });
  });

  test('is optional: an order without it shows none', async () => {
    const made = await orderOf(anOrder({ subject: person('Bogdan', 'Enache') }));
    expect(made.read.subject.address).toBeNull();
  });

  test.each([
    ['a postcode that is no UK postcode', { line1: '1 High Street', postcode: '12345', force: 'kent' }, 'subject.address.postcode'],
    ['a postcode far too long', { line1: '1 High Street', postcode: 'ME14 1AA'.repeat(10), force: 'kent' }, 'subject.address.postcode'],
    ['a force that does not exist', { line1: '1 High Street', postcode: 'ME14 1AA', force: 'atlantis' }, 'subject.address.force'],
    ['a first line over 200 characters', { line1: 'x'.repeat(201), postcode: 'ME14 1AA', force: 'kent' }, 'subject.address.line1'],
    ['no first line', { postcode: 'ME14 1AA', force: 'kent' }, 'subject.address.line1'],
    ['a list, not an address', [], 'subject.address'],
  ])('refused, 400 naming the field, nothing recorded: %s', async (_what, address, field) => {
    const body = { ...anOrder({ subject: person('Refused', 'Address') }) };
    const response = await stor.request('POST', '/api/orders', { token: await manager('kent'), body: { ...body, subject: { ...body.subject, address } } });
    expectInvalid(response, field);
  });

  test('a first line of spaces is refused by the rule, in words (422 subject-address-incomplete)', async () => {
    const response = await stor.request('POST', '/api/orders', { token: await manager('kent'), body: anOrder({ subject: { ...person('Blank', 'Line'), address: { line1: '   ', postcode: 'ME14 1AA', force: 'kent' } } }) });
    expectRefusedByRule(response, 'subject-address-incomplete', 'subject.address.line1');
    expect(response.body.detail).toMatch(/postcode and force area/);
  });
});

describe('order made (any kind): the owning force, the force where the subject lives, and the neighbours of both', () => {
  test('a Kent STPO whose subject lives in Cumbria: Kent and its neighbours, Cumbria and its neighbours, once each; no one else', async () => {
    const made = await orderOf(anOrder({ subject: { ...person('Costel', 'Florea'), address: home('cumbria') } }));
    const heard = await heardBy(made.orderId, 'order-made', made.position);
    expect(forcesIn(heard)).toEqual(sorted(KENT_AND_NEIGHBOURS, CUMBRIA_AND_NEIGHBOURS));
    expect(heard.get('cumbria')?.[0]).toEqual(
      expect.objectContaining({
        alertId: expect.stringMatching(UUID),
        subjectId: made.subjectId,
        eventId: expect.stringMatching(UUID),
        eventType: 'OrderMade',
        why: 'address-force',
        reason: 'New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police, whose subject lives in your area.',
      }),
    );
    expect(reasonOf(heard, 'durham')).toBe(
      "New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police, whose subject lives in Cumbria Constabulary's area (a neighbouring force).",
    );
    expect(reasonOf(heard, 'kent')).toContain('(your force)');
    const eventIds = new Set([...heard.values()].map(([alert]) => alert.eventId));
    expect(eventIds.size).toBe(1);
  });

  test('an STRO of the Met whose subject lives in Thames Valley: the Met, Thames Valley and the neighbours of both', async () => {
    const made = await orderOf(anOrder({ type: 'STRO', owningForce: 'met', court: 'Westminster Magistrates’ Court', subject: { ...person('Dan', 'Grigore'), address: home('thames-valley', 'OX1 1AA') } }));
    expect(forcesIn(await heardBy(made.orderId, 'order-made', made.position))).toEqual(
      sorted(['met', 'city-of-london', 'essex', 'hertfordshire', 'kent', 'surrey', 'thames-valley'], ['bedfordshire', 'gloucestershire', 'hampshire', 'northamptonshire', 'warwickshire', 'wiltshire']),
    );
  });

  test('where the subject lives is not known: the owning force and its neighbours', async () => {
    const made = await orderOf(anOrder({ subject: person('Emanuel', 'Horia') }));
    expect(forcesIn(await heardBy(made.orderId, 'order-made', made.position))).toEqual(KENT_AND_NEIGHBOURS);
  });
});

describe('breach recorded: the owning force, the force where it happened, and that force’s neighbours', () => {
  test('a breach in Sussex of a Kent order: Kent, Sussex, Hampshire and Surrey — not the Met', async () => {
    const made = await orderOf(anOrder({ subject: person('Florin', 'Iordache') }));
    const response = await recordBreach(stor, await manager('sussex'), made.orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [made.prohibitionIds[0]] });
    expectStatus(response, 201);
    const heard = await heardBy(made.orderId, 'breach-recorded', response.body.position);
    expect(forcesIn(heard)).toEqual(['hampshire', 'kent', 'surrey', 'sussex']);
    expect(heard.get('sussex')?.[0]).toMatchObject({ eventType: 'BreachRecorded', subjectId: made.subjectId, why: 'location-force' });
  });
});

describe('a new address notified in another force area (subject-moved): the new force and its neighbours, the previous force, the owning force', () => {
  test('a Kent order’s subject, living in Sussex when it was made, notifies an address in Lancashire (R18 from the first notification)', async () => {
    const made = await orderOf(anOrder({ subject: { ...person('Gabriel', 'Jitaru'), address: home('sussex', 'BN3 1AA') } }));
    const response = await notifyNameAndAddress(stor, await manager('lancashire'), made.orderId, { notifiedOn: '2026-11-21', address: { postcode: 'LA1 1AA', force: 'lancashire' } });
    expectStatus(response, 201);
    const heard = await heardBy(made.orderId, 'subject-moved', response.body.position);
    expect(forcesIn(heard)).toEqual(['cumbria', 'greater-manchester', 'kent', 'lancashire', 'merseyside', 'north-yorkshire', 'sussex', 'west-yorkshire']);
    expect(reasonOf(heard, 'sussex')).toBe("The subject of an order owned by Kent Police has notified a home address in Lancashire Constabulary's area, moving from your area.");
    expect(heard.get('merseyside')?.[0]).toMatchObject({ why: 'neighbour-of-address-force', eventType: 'NotificationReceived', subjectId: made.subjectId });
  });

  test('a first notification in the area where the subject lived when the order was made moves no one', async () => {
    const made = await orderOf(anOrder({ subject: { ...person('Horatiu', 'Lazar'), address: home('kent', 'ME14 1AA') } }));
    const response = await notifyNameAndAddress(stor, await manager('kent'), made.orderId, { notifiedOn: '2026-11-21', address: { postcode: 'ME15 6AA', force: 'kent' } });
    expectStatus(response, 201);
    expect(forcesIn(await heardBy(made.orderId, 'subject-moved', response.body.position))).toEqual([]);
  });
});

describe('notification overdue: the owning force', () => {
  test('an Essex order whose subject did not notify by 20 November: only Essex, though its neighbours heard of the making', async () => {
    const made = await orderOf(
      anOrder({ owningForce: 'essex', court: 'Chelmsford Crown Court', madeOn: '2026-11-18', servedOn: '2026-11-18', notificationRequired: true, notifyTo: 'Essex Police PPU', subject: person('Ilie', 'Manole') }),
    );
    await stor.tickClock();
    const heard = await heardBy(made.orderId, 'notification-overdue', made.position, { onlyThatEvent: false });
    expect(forcesIn(heard)).toEqual(['essex']);
    expect(heard.get('essex')?.[0]).toMatchObject({ eventType: 'NotificationOverdue', subjectId: made.subjectId });
  });
});

// A Kent STPO whose subject lives in Essex (Essex's neighbours: Cambridgeshire, Hertfordshire, the
// Met, Suffolk), then a breach in Sussex (Hampshire and Surrey): every force below has heard of it.
describe('order varied, renewed, transferred or ended: every force alerted about the order before, and the owning force', () => {
  const toldBefore = ['cambridgeshire', 'essex', 'hampshire', 'hertfordshire', 'kent', 'met', 'suffolk', 'surrey', 'sussex'];
  let orderId: string;
  let subjectId: string;
  let fixed: string;

  beforeAll(async () => {
    const made = await orderOf(anOrder({ subject: { ...person('Jenel', 'Neagu'), address: home('essex', 'CM1 1QH') }, prohibitions: [{ text: CAR_WASHES, until: null }, { text: 'Must not contact the persons named', until: '2031-01-01' }] }));
    ({ orderId, subjectId } = made);
    fixed = made.prohibitionIds[1];
    expectStatus(await recordBreach(stor, await manager('sussex'), orderId, { occurredOn: '2026-11-20', locationForce: 'sussex', prohibitionIds: [made.prohibitionIds[0]] }), 201);
  });

  test('a variation: each force told before, and no other neighbour of Kent’s (the rule used to be the owner’s neighbours)', async () => {
    const response = await vary(stor, await manager('kent'), orderId, { variedOn: '2026-11-21', addProhibitions: [{ text: 'Must not hold more than one mobile phone', until: null }] });
    expectStatus(response, 200);
    const heard = await heardBy(orderId, 'order-varied', response.body.position);
    expect(forcesIn(heard)).toEqual(toldBefore);
    expect(reasonOf(heard, 'suffolk')).toBe('Variation of an order owned by Kent Police; your force was alerted about this order before.');
    expect(heard.get('hampshire')?.[0]).toMatchObject({ why: 'alerted-before', eventType: 'OrderVaried', subjectId });
  });

  test('a renewal: the same forces, told it is a renewal', async () => {
    const response = await renew(stor, await manager('kent'), orderId, { renewedOn: '2026-11-22', prohibitions: [{ prohibitionId: fixed, until: '2033-01-01' }] });
    expectStatus(response, 200);
    const heard = await heardBy(orderId, 'order-varied', response.body.position);
    expect(forcesIn(heard)).toEqual(toldBefore);
    expect(reasonOf(heard, 'kent')).toBe('Renewal of an order owned by Kent Police (your force).');
    expect(heard.get('kent')?.[0].eventType).toBe('OrderRenewed');
  });

  test('a transfer to Cumbria: Cumbria as the new owner, Kent as the force that gave it up, and the forces told before', async () => {
    const response = await transfer(stor, await manager('kent'), orderId, { toForce: 'cumbria', transferredOn: '2026-11-22' });
    expectStatus(response, 200);
    const heard = await heardBy(orderId, 'order-transferred', response.body.position);
    expect(forcesIn(heard)).toEqual(sorted(toldBefore, ['cumbria']));
    expect(heard.get('cumbria')?.[0]).toMatchObject({ why: 'owning-force', eventType: 'OwningForceChanged' });
    expect(heard.get('kent')?.[0]).toMatchObject({ why: 'previous-owning-force' });
    expect(heard.get('durham')).toBeUndefined();
  });

  test('a discharge by Cumbria, the owner now: every force told before, Cumbria among them', async () => {
    const response = await discharge(stor, await manager('cumbria'), orderId, { dischargedOn: '2026-11-23', consent: { subject: true, chiefOfficer: true } });
    expectStatus(response, 200);
    const heard = await heardBy(orderId, 'order-ended', response.body.position);
    expect(forcesIn(heard)).toEqual(sorted(toldBefore, ['cumbria']));
    expect(reasonOf(heard, 'essex')).toBe('Discharge of an order owned by Cumbria Constabulary; your force was alerted about this order before.');
    expect(heard.get('essex')?.[0].eventType).toBe('OrderDischarged');
  });

  test('quashed on appeal: the forces told before hear that it ended', async () => {
    const made = await orderOf(anOrder({ subject: { ...person('Laurentiu', 'Oprea'), address: home('surrey', 'GU1 1AA') } }));
    const appeal = await lodgeAppeal(stor, await manager('kent'), made.orderId, { lodgedOn: '2026-11-01' });
    expectStatus(appeal, 201);
    const response = await decideAppeal(stor, await manager('kent'), made.orderId, appeal.body.appealId, { outcome: 'quashed', decidedOn: '2026-11-20' });
    expectStatus(response, 200);
    const surreyAndNeighbours = ['hampshire', 'kent', 'met', 'surrey', 'sussex', 'thames-valley'];
    expect(forcesIn(await heardBy(made.orderId, 'order-ended', response.body.position))).toEqual(surreyAndNeighbours);
  });

  test('superseded by a later STPO of another force: the forces told of the earlier order hear that it ended', async () => {
    const first = await orderOf(anOrder({ madeOn: '2024-01-10', subject: { ...person('Marian', 'Pavel'), address: home('cumbria') } }));
    await orderOf(anOrder({ owningForce: 'essex', court: 'Chelmsford Crown Court', madeOn: '2026-06-01', subject: { subjectId: first.subjectId, ...person('Marian', 'Pavel') } }));
    await stor.tickClock();
    const heard = await heardBy(first.orderId, 'order-ended', first.position, { onlyThatEvent: false });
    expect(forcesIn(heard)).toEqual(sorted(KENT_AND_NEIGHBOURS, CUMBRIA_AND_NEIGHBOURS));
    expect(heard.get('cumbria')?.[0]).toMatchObject({ eventType: 'OrderSuperseded', reason: expect.stringMatching(/^Supersession by a later order of an order owned by Kent Police; your force was alerted/) });
  });

  test('expired by the clock (an order entered long after its prohibitions ran out): the forces told of its making', async () => {
    const made = await orderOf(anOrder({ type: 'STRO', madeOn: '2016-01-04', prohibitions: [{ text: CAR_WASHES, until: '2018-01-03' }], subject: { ...person('Nelu', 'Radu'), address: home('sussex', 'BN3 1AA') } }));
    await stor.tickClock();
    const heard = await heardBy(made.orderId, 'order-ended', made.position, { onlyThatEvent: false });
    expect(forcesIn(heard)).toEqual(['hampshire', 'kent', 'met', 'surrey', 'sussex']);
    expect(heard.get('hampshire')?.[0].eventType).toBe('OrderExpired');
  });
});

describe('a Scottish or Northern Irish order whose subject lives in, or notifies an address in, England and Wales: that force and its neighbours (R34-R37)', () => {
  test('a TEPO of Police Scotland whose subject lives in Cumbria: Cumbria and its neighbours, told it is a Scottish order', async () => {
    const made = await orderOf(
      anOrder({ type: 'TEPO', owningForce: 'police-scotland', court: 'Glasgow Sheriff Court', prohibitions: [{ text: CAR_WASHES, until: '2031-03-13' }], subject: { ...person('Ovidiu', 'Sandu'), address: home('cumbria') } }),
    );
    const heard = await heardBy(made.orderId, 'order-made', made.position);
    expect(forcesIn(heard)).toEqual(CUMBRIA_AND_NEIGHBOURS);
    expect(reasonOf(heard, 'cumbria')).toBe('New Trafficking and Exploitation Prevention Order (TEPO) made, owned by Police Scotland: a Scottish order whose subject lives in your area.');
    expect(reasonOf(heard, 'durham')).toMatch(/: a Scottish order whose subject lives in Cumbria Constabulary's area \(a neighbouring force\)\.$/);
  });

  test('an NI STPO of PSNI whose subject notifies an address in Merseyside: Merseyside and its neighbours, told it is a Northern Irish order, and PSNI', async () => {
    const made = await orderOf(anOrder({ type: 'NI_STPO', owningForce: 'psni', court: 'Belfast Crown Court', subject: person('Petrica', 'Toma') }));
    expect(forcesIn(await heardBy(made.orderId, 'order-made', made.position))).toEqual(['psni']);
    const response = await notifyNameAndAddress(stor, await manager('merseyside'), made.orderId, { notifiedOn: '2026-11-21', address: { postcode: 'L1 1AA', force: 'merseyside' } });
    expectStatus(response, 201);
    const heard = await heardBy(made.orderId, 'subject-moved', response.body.position);
    expect(forcesIn(heard)).toEqual(['cheshire', 'greater-manchester', 'lancashire', 'merseyside', 'psni']);
    expect(reasonOf(heard, 'merseyside')).toBe(
      'The subject of a Northern Ireland Slavery and Trafficking Prevention Order (STPO), a Northern Irish order owned by Police Service of Northern Ireland, has notified a home address in your area.',
    );
  });
});

describe('foreign-travel prohibition made or varied: the owning force and British Transport Police', () => {
  test('an order made with a travel ban: BTP beside Kent and its neighbours, told why', async () => {
    const made = await orderOf(anOrder({ subject: person('Radu', 'Ungureanu'), prohibitions: [{ text: CAR_WASHES, until: null }, TRAVEL_BAN] }));
    const heard = await heardBy(made.orderId, 'order-made', made.position);
    expect(forcesIn(heard)).toEqual(sorted(['btp'], KENT_AND_NEIGHBOURS));
    expect(heard.get('btp')?.[0]).toMatchObject({ why: 'travel-ban', reason: expect.stringMatching(/with a foreign travel prohibition, owned by Kent Police; your force hears of every foreign travel prohibition\.$/) });
  });

  test('a variation adding a travel ban: BTP too; and BTP then hears of what becomes of the order', async () => {
    const made = await orderOf(anOrder({ subject: person('Sorin', 'Vasile') }));
    const varied = await vary(stor, await manager('kent'), made.orderId, { variedOn: '2026-11-20', addProhibitions: [TRAVEL_BAN] });
    expectStatus(varied, 200);
    expect(forcesIn(await heardBy(made.orderId, 'order-varied', varied.body.position))).toEqual(sorted(['btp'], KENT_AND_NEIGHBOURS));
    const ended = await discharge(stor, await manager('kent'), made.orderId, { dischargedOn: '2026-11-23', consent: { subject: true, chiefOfficer: true } });
    expectStatus(ended, 200);
    expect(forcesIn(await heardBy(made.orderId, 'order-ended', ended.body.position))).toContain('btp');
  });

  test('no travel ban, no alert for BTP', async () => {
    const made = await orderOf(anOrder({ subject: person('Tudor', 'Zamfir') }));
    expect((await heardBy(made.orderId, 'order-made', made.position)).has('btp')).toBe(false);
  });
});

describe('what an alert says of itself, in the inbox and on the live stream', () => {
  test('the stream sends the subject and the event that raised the alert, as the inbox lists it', async () => {
    const sussexOfficer = await stor.token({ role: 'officer', force: 'sussex' });
    const stream = await EventStreamReader.open(`${stor.baseUrl}/api/forces/sussex/alerts/stream`, { authorization: `Bearer ${sussexOfficer}` });
    try {
      const made = await orderOf(anOrder({ subject: { ...person('Valeriu', 'Stoica'), address: home('sussex', 'BN3 1AA') } }));
      const [event] = await stream.waitFor(1);
      const sent = JSON.parse(event.data) as Alert;
      expect(sent).toMatchObject({ kind: 'order-made', orderId: made.orderId, subjectId: made.subjectId, eventType: 'OrderMade', eventId: expect.stringMatching(UUID), why: 'address-force' });
      const [listed] = (await heardBy(made.orderId, 'order-made', made.position)).get('sussex') ?? [];
      expect(listed).toMatchObject({ alertId: sent.alertId, eventId: sent.eventId, subjectId: sent.subjectId });
    } finally {
      stream.close();
    }
  });
});
