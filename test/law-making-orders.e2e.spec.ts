import { StorTestApp } from './support/stor-app.js';
import {
  anOrder,
  CAR_WASHES,
  expectInvalid,
  expectProblem,
  expectRefusedByRule,
  expectStatus,
  NAMED_PERSONS,
  type OrderInput,
  orderAsAt,
  prohibitionIdsOf,
  readOrder,
  recordOrder,
  returnPassports,
  stopAndCheckEveryResponse,
  surrenderPassports,
} from './support/stor-steps.js';

// MSA 2015 Part 2 (and its Scottish and NI counterparts) as an order manager meets it when
// entering an order the court made: DOMAIN.md R1-R12, R14, R26, R35, R36, R40. The clock says
// 23 November 2026. Refusals are 422 naming the rule (and the field); the accepted case of each
// rule is recorded (201) and read back.

const CONVICTION = { offence: 'Holding a person in slavery or servitude (MSA 2015 s1)', outcome: 'conviction', decidedOn: '2025-02-10', jurisdiction: 'EW' };
const CAUTION = { ...CONVICTION, offence: 'Arranging travel with a view to exploitation (MSA 2015 s2)', outcome: 'caution' };
const KENT_CHIEF = { kind: 'chief-officer', force: 'kent' };
const TRAVEL = 'Must not travel to the countries named in the schedule';
const NO_TRAVEL = 'Must not travel to any country outside the United Kingdom';

/** The owning force of each jurisdiction's orders in this file. */
const SCOTLAND = 'police-scotland';
const NI = 'psni';

describe('the law an order manager meets when recording an order (R1-R12, R14, R26, R35, R36, R40)', () => {
  let stor: StorTestApp;
  const managers: Record<string, string> = {};
  let national: string;

  beforeAll(async () => {
    stor = await StorTestApp.start({ now: '2026-11-23T09:00:00Z' });
    for (const force of ['kent', SCOTLAND, NI]) managers[force] = await stor.token({ role: 'order-manager', force });
    national = await stor.token({ role: 'national' });
  });
  afterAll(() => stopAndCheckEveryResponse(stor));

  /** POST /api/orders as the order manager of the order's owning force; the response as it came. */
  function send(order: OrderInput) {
    return stor.request('POST', '/api/orders', { token: managers[order.owningForce], body: order });
  }

  /** Recorded (201), then read back from the register. */
  async function accepted(order: OrderInput) {
    const made = await recordOrder(stor, managers[order.owningForce], order);
    return readOrder(stor, national, made.orderId, made.position);
  }

  const scottish = (overrides: Partial<OrderInput>) =>
    anOrder({ type: 'TEPO', owningForce: SCOTLAND, court: 'Glasgow Sheriff Court', prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }], ...overrides });
  const northernIrish = (overrides: Partial<OrderInput>) =>
    anOrder({ type: 'NI_STPO', owningForce: NI, court: 'Belfast Crown Court', ...overrides });

  describe('R1: the order type and the provision it was made under', () => {
    test.each([
      ['an STPO on sentencing (s14)', anOrder({ legalBasis: 's14', applicant: { kind: 'court' }, qualifyingOffence: CONVICTION })],
      ['an STPO on application (s15)', anOrder({ legalBasis: 's15', applicant: KENT_CHIEF, qualifyingOffence: CAUTION })],
      ['an interim STPO (s21)', anOrder({ type: 'INTERIM_STPO', legalBasis: 's21', applicant: KENT_CHIEF, prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] })],
      ['an STRO (s23)', anOrder({ type: 'STRO', legalBasis: 's23', applicant: KENT_CHIEF })],
      ['an interim STRO (s28)', anOrder({ type: 'INTERIM_STRO', legalBasis: 's28', applicant: KENT_CHIEF, prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] })],
      ['a TEPO on sentencing (HTE(S)A s17)', scottish({ legalBasis: 'HTE(S)A s17' })],
      ['a TEPO on application (HTE(S)A s18)', scottish({ legalBasis: 'HTE(S)A s18', applicant: { kind: 'chief-officer', force: SCOTLAND } })],
      ['a TERO (HTE(S)A s23)', scottish({ type: 'TERO', legalBasis: 'HTE(S)A s23' })],
      ['an interim TEPO', scottish({ type: 'INTERIM_TEPO', legalBasis: 'HTE(S)A interim', prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] })],
      ['an interim TERO', scottish({ type: 'INTERIM_TERO', legalBasis: 'HTE(S)A interim', prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] })],
    ])('R1: %s is accepted under the provision that makes it (201)', async (_what, order) => {
      const recorded = await accepted(order);
      expect(recorded).toMatchObject({ type: order.type, owningForce: order.owningForce });
      expect(recorded.status).toBe(order.type.startsWith('INTERIM_') ? 'interim' : 'active');
    });

    test.each([
      ['an STPO under s23 (the STRO provision)', anOrder({ legalBasis: 's23', applicant: KENT_CHIEF })],
      ['an STPO under s21 (the interim provision)', anOrder({ legalBasis: 's21', applicant: KENT_CHIEF })],
      ['an STRO under s14', anOrder({ type: 'STRO', legalBasis: 's14', qualifyingOffence: CONVICTION })],
      ['an interim STRO under s21', anOrder({ type: 'INTERIM_STRO', legalBasis: 's21', applicant: KENT_CHIEF, prohibitions: [{ text: CAR_WASHES, until: '2025-06-13' }] })],
      ['a TEPO under MSA s14', scottish({ legalBasis: 's14', qualifyingOffence: CONVICTION })],
      ['an NI STPO under MSA s14', northernIrish({ legalBasis: 's14', qualifyingOffence: CONVICTION })],
      ['an STPO under the NI Schedule 3', anOrder({ legalBasis: 'NI Sch3 para1' })],
    ])('R1: %s is refused (422, rule R1, field legalBasis)', async (_what, order) => {
      expectRefusedByRule(await send(order), 'R1', 'legalBasis');
    });

    test('R1: a provision that is not one of the ten bases is malformed (400 naming legalBasis)', async () => {
      expectInvalid(await send(anOrder({ legalBasis: 's99' })), 'legalBasis');
    });

    test('R1: an order type that is not one of the ten types is malformed (400 naming type)', async () => {
      expectInvalid(await send(anOrder({ type: 'SHPO' })), 'type');
    });
  });

  describe('R2: an STPO on sentencing (s14) rests on a conviction or finding, not a caution', () => {
    test.each([
      ['a conviction', CONVICTION],
      ['a finding of not guilty by reason of insanity', { ...CONVICTION, outcome: 'insanity' }],
      ['a finding that the subject was under a disability and did the act', { ...CONVICTION, outcome: 'disability' }],
    ])('R2: an s14 STPO on %s is accepted (201)', async (_what, qualifyingOffence) => {
      expectStatus(await send(anOrder({ legalBasis: 's14', qualifyingOffence })), 201);
    });

    test('R2: a conviction before the Act came into force (30 June 2015) still counts, s14(5) (201)', async () => {
      const order = anOrder({ legalBasis: 's14', madeOn: '2015-09-14', qualifyingOffence: { ...CONVICTION, decidedOn: '2015-06-30' } });
      expectStatus(await send(order), 201);
    });

    test('R2: an s14 STPO with no qualifying outcome recorded is refused (422, rule R2, field qualifyingOffence)', async () => {
      expectRefusedByRule(await send(anOrder({ legalBasis: 's14' })), 'R2', 'qualifyingOffence');
    });

    test('R2: an s14 STPO resting on a caution is refused (422, rule R2, field qualifyingOffence.outcome)', async () => {
      expectRefusedByRule(await send(anOrder({ legalBasis: 's14', qualifyingOffence: CAUTION })), 'R2', 'qualifyingOffence.outcome');
    });

    test('R2: an s14 STPO resting on a conviction outside England and Wales is refused (422, rule R2, field qualifyingOffence.jurisdiction)', async () => {
      expectRefusedByRule(await send(anOrder({ legalBasis: 's14', qualifyingOffence: { ...CONVICTION, jurisdiction: 'foreign' } })), 'R2', 'qualifyingOffence.jurisdiction');
    });

    test('R2: a qualifying conviction dated after the order was made is refused (422, qualifying-offence-after-order)', async () => {
      const response = await send(anOrder({ legalBasis: 's14', qualifyingOffence: { ...CONVICTION, decidedOn: '2025-03-15' } }));
      expectRefusedByRule(response, 'qualifying-offence-after-order', 'qualifyingOffence.decidedOn');
    });
  });

  describe('R4: who may apply (s15(1), s23(1))', () => {
    test.each(['s15', 's21', 's23', 's28'])('R4: an order on application under %s without an applicant is refused (422, rule R4, field applicant)', async (legalBasis) => {
      const type = { s15: 'STPO', s21: 'INTERIM_STPO', s23: 'STRO', s28: 'INTERIM_STRO' }[legalBasis] as string;
      const until = type.startsWith('INTERIM_') ? '2025-09-13' : null;
      const order = anOrder({ type, legalBasis, qualifyingOffence: CAUTION, prohibitions: [{ text: CAR_WASHES, until }] });
      expectRefusedByRule(await send(order), 'R4', 'applicant');
    });

    test.each([
      ['the chief officer of a force', KENT_CHIEF, {}],
      ['an immigration officer', { kind: 'immigration-officer' }, { notifiedForce: 'kent' }],
      ['the NCA Director General', { kind: 'nca-dg' }, { notifiedForce: 'kent' }],
      ['the GLAA', { kind: 'glaa' }, { notifiedForce: 'kent' }],
    ])('R4: an STRO applied for by %s is accepted (201)', async (_who, applicant, more) => {
      expectStatus(await send(anOrder({ type: 'STRO', legalBasis: 's23', applicant, ...more })), 201);
    });

    test('R4: an s14 STPO recorded as made by the court itself is accepted (201)', async () => {
      expectStatus(await send(anOrder({ legalBasis: 's14', applicant: { kind: 'court' }, qualifyingOffence: CONVICTION })), 201);
    });

    test('R4: a chief officer applicant without a force is refused (422, rule R4, field applicant.force)', async () => {
      expectRefusedByRule(await send(anOrder({ type: 'STRO', legalBasis: 's23', applicant: { kind: 'chief-officer' } })), 'R4', 'applicant.force');
    });

    test('R4: the chief constable of British Transport Police is refused by default, legal review A7 (422, rule R4, field applicant.force)', async () => {
      expectRefusedByRule(await send(anOrder({ type: 'STRO', legalBasis: 's23', applicant: { kind: 'chief-officer', force: 'btp' } })), 'R4', 'applicant.force');
    });

    test('R4: an STRO recorded as applied for by the court is refused (422, rule R4, field applicant.kind)', async () => {
      expectRefusedByRule(await send(anOrder({ type: 'STRO', legalBasis: 's23', applicant: { kind: 'court' } })), 'R4', 'applicant.kind');
    });

    test('R4: an s14 STPO recorded as applied for by a chief officer is refused: it is the court\'s own order (422, rule R4, field applicant.kind)', async () => {
      expectRefusedByRule(await send(anOrder({ legalBasis: 's14', applicant: KENT_CHIEF, qualifyingOffence: CONVICTION })), 'R4', 'applicant.kind');
    });

    test('R4: an applicant kind outside the four (a probation officer) is malformed (400 naming applicant.kind)', async () => {
      expectInvalid(await send(anOrder({ type: 'STRO', legalBasis: 's23', applicant: { kind: 'probation-officer' } })), 'applicant.kind');
    });
  });

  describe('R6: a non-police applicant notifies a police force (s15(7)-(8), s23(6)-(7))', () => {
    test.each(['immigration-officer', 'nca-dg', 'glaa'])('R6: an STRO applied for by %s without naming notifiedForce is refused (422, rule R6, field notifiedForce)', async (kind) => {
      expectRefusedByRule(await send(anOrder({ type: 'STRO', legalBasis: 's23', applicant: { kind } })), 'R6', 'notifiedForce');
    });

    test('R6: an s15 STPO applied for by an immigration officer who notified Kent is accepted (201)', async () => {
      expectStatus(await send(anOrder({ legalBasis: 's15', applicant: { kind: 'immigration-officer' }, notifiedForce: 'kent', qualifyingOffence: CAUTION })), 201);
    });

    test('R6: a notified force that is not a force code is malformed (400 naming notifiedForce)', async () => {
      expectInvalid(await send(anOrder({ type: 'STRO', legalBasis: 's23', applicant: { kind: 'glaa' }, notifiedForce: 'Kent Police' })), 'notifiedForce');
    });
  });

  describe('R7: an s15 STPO is made only against a relevant offender (s16)', () => {
    test('R7: an s15 STPO with no qualifying offence is refused (422, rule R7, field qualifyingOffence)', async () => {
      expectRefusedByRule(await send(anOrder({ legalBasis: 's15', applicant: KENT_CHIEF })), 'R7', 'qualifyingOffence');
    });

    test.each([
      ['a caution in England and Wales', CAUTION],
      ['a conviction in Scotland', { ...CONVICTION, jurisdiction: 'SCO' }],
      ['a finding in Northern Ireland', { ...CONVICTION, outcome: 'insanity', jurisdiction: 'NI' }],
      ['a conviction abroad for an equivalent offence', { ...CONVICTION, jurisdiction: 'foreign' }],
      ['a caution abroad', { ...CAUTION, jurisdiction: 'foreign' }],
    ])('R7: an s15 STPO resting on %s is accepted (201)', async (_what, qualifyingOffence) => {
      expectStatus(await send(anOrder({ legalBasis: 's15', applicant: KENT_CHIEF, qualifyingOffence })), 201);
    });

    test('R7: a jurisdiction outside EW, SCO, NI and foreign is malformed (400 naming qualifyingOffence.jurisdiction)', async () => {
      expectInvalid(await send(anOrder({ legalBasis: 's15', applicant: KENT_CHIEF, qualifyingOffence: { ...CAUTION, jurisdiction: 'IE' } })), 'qualifyingOffence.jurisdiction');
    });
  });

  describe('R8: an order is made of prohibitions', () => {
    test('R8: an order with no prohibition is refused (422, rule R8, field prohibitions)', async () => {
      expectRefusedByRule(await send(anOrder({ prohibitions: [] })), 'R8', 'prohibitions');
    });

    test('R8: a prohibition of nothing but spaces is refused: it says nothing the subject must not do (422, rule R8, field prohibitions[1].text)', async () => {
      const response = await send(anOrder({ prohibitions: [{ text: CAR_WASHES, until: null }, { text: '   ', until: null }] }));
      expectRefusedByRule(response, 'R8', 'prohibitions[1].text');
    });

    test('R8: an E&W order can impose no passport surrender without an all-countries travel ban (422, rule R12, field passportSurrender)', async () => {
      const response = await send(anOrder({ passportSurrender: { policeStation: 'Maidstone Police Station', dueOn: '2025-03-21' } }));
      expectRefusedByRule(response, 'R12', 'passportSurrender');
    });

    test('R8: several prohibitions, each recorded with its own id (201)', async () => {
      const order = await accepted(anOrder({ prohibitions: [{ text: CAR_WASHES, until: null }, { text: NAMED_PERSONS, until: '2030-03-13' }] }));
      expect(order.prohibitions).toEqual([
        expect.objectContaining({ text: CAR_WASHES, until: null, status: 'in-force' }),
        expect.objectContaining({ text: NAMED_PERSONS, until: '2030-03-13', status: 'in-force' }),
      ]);
      expect(new Set(prohibitionIdsOf(order)).size).toBe(2);
    });
  });

  describe('R9: an STPO prohibition lasts five years or until further order (s17(4)-(5))', () => {
    test('R9: an STPO prohibition shorter than five years is refused (made 14 March 2025, to 12 March 2030: 422, rule R9)', async () => {
      expectRefusedByRule(await send(anOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-12' }] })), 'R9', 'prohibitions[0].until');
    });

    test('R9: five years exactly (to 13 March 2030), or until further order, is accepted (201)', async () => {
      expectStatus(await send(anOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] })), 201);
      expectStatus(await send(anOrder({ prohibitions: [{ text: CAR_WASHES, until: null }] })), 201);
    });

    test('R9: the NI STPO follows the same rule (422, rule R9; five years accepted)', async () => {
      expectRefusedByRule(await send(northernIrish({ prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] })), 'R9', 'prohibitions[0].until');
      expectStatus(await send(northernIrish({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] })), 201);
    });
  });

  describe('R10: an STRO prohibition lasts two years or until further order (s24(4)-(5))', () => {
    test('R10: an STRO prohibition shorter than two years is refused (to 12 March 2027: 422, rule R10)', async () => {
      expectRefusedByRule(await send(anOrder({ type: 'STRO', prohibitions: [{ text: CAR_WASHES, until: '2027-03-12' }] })), 'R10', 'prohibitions[0].until');
    });

    test('R10: two years exactly (to 13 March 2027) is accepted, and an STRO need not last five (201)', async () => {
      expectStatus(await send(anOrder({ type: 'STRO', prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] })), 201);
    });

    test('R10: a foreign travel prohibition of six months on an STRO is not held to two years (201)', async () => {
      const order = anOrder({ type: 'STRO', prohibitions: [{ text: TRAVEL, until: '2025-09-13', foreignTravel: { scope: 'named-countries', countries: ['RO', 'AL'] } }] });
      expectStatus(await send(order), 201);
    });
  });

  describe('R11: a foreign travel prohibition is fixed, at most five years (s18, s25)', () => {
    const travel = (until: string | null, foreignTravel = { scope: 'named-countries' as const, countries: ['RO'] }) => [{ text: TRAVEL, until, foreignTravel }];

    test('R11: "until further order" is refused (422, rule R11, field prohibitions[0].until)', async () => {
      expectRefusedByRule(await send(anOrder({ prohibitions: travel(null) })), 'R11', 'prohibitions[0].until');
    });

    test('R11: more than five years (to 14 March 2030) is refused (422, rule R11)', async () => {
      expectRefusedByRule(await send(anOrder({ prohibitions: travel('2030-03-14') })), 'R11', 'prohibitions[0].until');
    });

    test('R11: five years exactly (to 13 March 2030), and one year on an STPO, are accepted (201)', async () => {
      expectStatus(await send(anOrder({ prohibitions: travel('2030-03-13') })), 201);
      expectStatus(await send(anOrder({ prohibitions: travel('2026-03-13') })), 201);
    });

    test('R11: a ban on named countries that names none is refused (422, rule R11, field prohibitions[0].foreignTravel.countries)', async () => {
      const response = await send(anOrder({ prohibitions: travel('2027-03-13', { scope: 'named-countries', countries: [] }) }));
      expectRefusedByRule(response, 'R11', 'prohibitions[0].foreignTravel.countries');
    });

    test('R11: a ban on all countries except those named is accepted, and needs no passport surrender (201)', async () => {
      const order = await accepted(anOrder({ prohibitions: [{ text: TRAVEL, until: '2027-03-13', foreignTravel: { scope: 'all-except', countries: ['IE'] } }] }));
      expect(order.prohibitions[0]).toMatchObject({ until: '2027-03-13', foreignTravel: { scope: 'all-except', countries: ['IE'] } });
    });

    test('R11: a kind of ban the Act does not know is malformed (400 naming prohibitions[0].foreignTravel.scope)', async () => {
      const response = await send(anOrder({ prohibitions: [{ text: TRAVEL, until: '2027-03-13', foreignTravel: { scope: 'schengen' as 'all', countries: [] } }] }));
      expectInvalid(response, 'prohibitions[0].foreignTravel.scope');
    });
  });

  describe('R12: an all-countries ban needs passport surrender; passports come back once it ends (s18(4)-(6))', () => {
    const SURRENDER = { policeStation: 'Maidstone Police Station', dueOn: '2025-03-21' };
    const allCountries = (until: string) => ({ text: NO_TRAVEL, until, foreignTravel: { scope: 'all' as const, countries: [] } });

    test('R12: an all-countries ban without a passport surrender requirement is refused (422, rule R12, field passportSurrender)', async () => {
      expectRefusedByRule(await send(anOrder({ prohibitions: [allCountries('2027-03-13')] })), 'R12', 'passportSurrender');
    });

    test('R12: with surrender at a named police station by a stated day it is accepted (201)', async () => {
      expectStatus(await send(anOrder({ prohibitions: [allCountries('2027-03-13')], passportSurrender: SURRENDER })), 201);
    });

    test('R12: passports cannot fall due before the order was made (422, rule R12, field passportSurrender.dueOn)', async () => {
      const response = await send(anOrder({ prohibitions: [allCountries('2027-03-13')], passportSurrender: { ...SURRENDER, dueOn: '2025-03-13' } }));
      expectRefusedByRule(response, 'R12', 'passportSurrender.dueOn');
    });

    test('R12: a Scottish order may require surrender without an all-countries ban (it may impose requirements) (201)', async () => {
      expectStatus(await send(scottish({ passportSurrender: { policeStation: 'Glasgow Stewart Street', dueOn: '2025-03-21' } })), 201);
    });

    test('R12: passports surrendered are recorded; returning them while the ban is in force is refused (422, rule R12, field returnedOn); after it ends, accepted', async () => {
      const kent = managers.kent;
      const made = await recordOrder(
        stor,
        kent,
        anOrder({
          madeOn: '2020-01-10',
          subject: { forenames: 'Arben', surname: 'Hoxha', dateOfBirth: '1979-04-04' },
          prohibitions: [allCountries('2021-01-09'), { text: CAR_WASHES, until: null }],
          passportSurrender: { policeStation: 'Maidstone Police Station', dueOn: '2020-01-17' },
        }),
      );
      const passports = ['GBR 123456789', 'ALB BA1234567'];

      expectStatus(await surrenderPassports(stor, kent, made.orderId, { surrenderedOn: '2020-01-15', passports }), 200);

      expectRefusedByRule(await returnPassports(stor, kent, made.orderId, { returnedOn: '2020-06-01', passports: [passports[0]] }), 'R12', 'returnedOn');
      expectRefusedByRule(await returnPassports(stor, kent, made.orderId, { returnedOn: '2021-01-09', passports: [passports[0]] }), 'R12', 'returnedOn');
      expectStatus(await returnPassports(stor, kent, made.orderId, { returnedOn: '2021-01-10', passports: [passports[0]] }), 200);

      const whileBanned = await orderAsAt(stor, national, made.orderId, '2020-06-01');
      expectStatus(whileBanned, 200);
      expect(whileBanned.body.passportsHeld).toEqual(passports);
      const after = await orderAsAt(stor, national, made.orderId, '2021-01-10');
      expect(after.body.passportsHeld).toEqual([passports[1]]);
    });

    test('R12: a foreign passport may go back to the state that issued it even while the ban is in force, s18(6) (200)', async () => {
      const kent = managers.kent;
      const made = await recordOrder(
        stor,
        kent,
        anOrder({ prohibitions: [allCountries('2027-03-13')], passportSurrender: SURRENDER, subject: { forenames: 'Besnik', surname: 'Krasniqi', dateOfBirth: '1985-05-05' } }),
      );
      expectStatus(await surrenderPassports(stor, kent, made.orderId, { surrenderedOn: '2025-03-20', passports: ['ALB BA7654321', 'GBR 987654321'] }), 200);
      expectStatus(await returnPassports(stor, kent, made.orderId, { returnedOn: '2025-04-01', passports: ['ALB BA7654321'], returnedTo: 'issuing-authority' }), 200);
      expectRefusedByRule(await returnPassports(stor, kent, made.orderId, { returnedOn: '2025-04-01', passports: ['GBR 987654321'] }), 'R12', 'returnedOn');
      expect((await orderAsAt(stor, national, made.orderId, '2025-04-01')).body.passportsHeld).toEqual(['GBR 987654321']);
    });

    test('R12: a surrender under an order that requires none is refused (422, rule R12, field passports)', async () => {
      const made = await recordOrder(stor, managers.kent, anOrder());
      expectRefusedByRule(await surrenderPassports(stor, managers.kent, made.orderId, { surrenderedOn: '2025-03-20', passports: ['GBR 123456789'] }), 'R12', 'passports');
    });

    test('R12: only the owning force records surrender and return (403 for another force)', async () => {
      const made = await recordOrder(stor, managers.kent, anOrder({ prohibitions: [allCountries('2027-03-13')], passportSurrender: SURRENDER }));
      const sussex = await stor.token({ role: 'order-manager', force: 'sussex' });
      expectProblem(await surrenderPassports(stor, sussex, made.orderId, { surrenderedOn: '2025-03-20', passports: ['GBR 123456789'] }), 403);
    });
  });

  describe('R26: an interim order is fixed, and only an order on application ends one', () => {
    test.each([
      ['an interim STPO', anOrder({ type: 'INTERIM_STPO' })],
      ['an interim STRO', anOrder({ type: 'INTERIM_STRO' })],
      ['an interim TEPO', scottish({ type: 'INTERIM_TEPO', prohibitions: [{ text: CAR_WASHES, until: null }] })],
      ['an NI interim STPO', northernIrish({ type: 'NI_INTERIM_STPO' })],
    ])('R26: %s "until further order" is refused (422, rule R26, field prohibitions[0].until)', async (_what, order) => {
      expectRefusedByRule(await send(order), 'R26', 'prohibitions[0].until');
    });

    test('R26: an interim order of any fixed length is accepted — the law sets no minimum — and reads as interim (201)', async () => {
      const order = await accepted(anOrder({ type: 'INTERIM_STRO', legalBasis: 's28', applicant: KENT_CHIEF, madeOn: '2026-11-01', prohibitions: [{ text: CAR_WASHES, until: '2026-12-01' }] }));
      expect(order.status).toBe('interim');
    });

    test('R26: an s14 STPO (on sentencing) naming an interim order is refused (422, rule R26, field interimOrderId)', async () => {
      const interim = await recordOrder(stor, managers.kent, anOrder({ type: 'INTERIM_STPO', legalBasis: 's21', applicant: KENT_CHIEF, madeOn: '2025-01-10', prohibitions: [{ text: CAR_WASHES, until: '2025-07-09' }] }));
      const response = await send(anOrder({ legalBasis: 's14', qualifyingOffence: CONVICTION, interimOrderId: interim.orderId }));
      expectRefusedByRule(response, 'R26', 'interimOrderId');
    });

    test('R26: an interim order naming another interim order is refused (422, rule R26, field interimOrderId)', async () => {
      const interim = await recordOrder(stor, managers.kent, anOrder({ type: 'INTERIM_STPO', madeOn: '2025-01-10', prohibitions: [{ text: CAR_WASHES, until: '2025-07-09' }] }));
      const response = await send(anOrder({ type: 'INTERIM_STPO', prohibitions: [{ text: CAR_WASHES, until: '2025-09-13' }], interimOrderId: interim.orderId }));
      expectRefusedByRule(response, 'R26', 'interimOrderId');
    });
  });

  describe('R35: Scotland — adults only; TEPO fixed and at least five years', () => {
    test('R35: a TEPO prohibition "until further order" is refused (422, rule R35, field prohibitions[0].until)', async () => {
      expectRefusedByRule(await send(scottish({ prohibitions: [{ text: CAR_WASHES, until: null }] })), 'R35', 'prohibitions[0].until');
    });

    test('R35: a TEPO prohibition one day short of five years is refused (422, rule R35); five years is accepted (201)', async () => {
      expectRefusedByRule(await send(scottish({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-12' }] })), 'R35', 'prohibitions[0].until');
      expectStatus(await send(scottish({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }] })), 201);
    });

    test('R35: a TERO must be fixed (422, rule R35) but has no minimum by default, legal review A5 (one year: 201)', async () => {
      expectRefusedByRule(await send(scottish({ type: 'TERO', prohibitions: [{ text: CAR_WASHES, until: null }] })), 'R35', 'prohibitions[0].until');
      expectStatus(await send(scottish({ type: 'TERO', prohibitions: [{ text: CAR_WASHES, until: '2026-03-13' }] })), 201);
    });

    test('R35: a TEPO against a subject of 17 is refused (422, rule R35, field subject.dateOfBirth)', async () => {
      const response = await send(scottish({ subject: { forenames: 'Kai', surname: 'Reid', dateOfBirth: '2007-03-15' } }));
      expectRefusedByRule(response, 'R35', 'subject.dateOfBirth');
    });

    test('R35: a TEPO made on the subject\'s eighteenth birthday is accepted (201)', async () => {
      expectStatus(await send(scottish({ subject: { forenames: 'Kai', surname: 'Reid', dateOfBirth: '2007-03-14' } })), 201);
    });

    test('R35: a TEPO whose subject\'s date of birth is not known is accepted (201)', async () => {
      expectStatus(await send(scottish({ subject: { forenames: 'Kai', surname: 'Reid', dateOfBirth: null } })), 201);
    });

    test('R35: only Scottish and NI orders are for adults: an E&W STPO against a child of 17 is accepted — the youth court makes it (201)', async () => {
      expectStatus(await send(anOrder({ subject: { forenames: 'Kai', surname: 'Reid', dateOfBirth: '2008-01-01' } })), 201);
    });
  });

  describe('R36: Northern Ireland — NI STPO and interim STPO, adults only', () => {
    test.each([
      ['an NI STPO on dealing with the subject (para 1)', northernIrish({ legalBasis: 'NI Sch3 para1', qualifyingOffence: { ...CONVICTION, jurisdiction: 'NI' } })],
      ['an NI STPO on application (para 2)', northernIrish({ legalBasis: 'NI Sch3 para2', applicant: { kind: 'chief-officer', force: NI } })],
      ['an NI interim STPO (para 7)', northernIrish({ type: 'NI_INTERIM_STPO', legalBasis: 'NI Sch3 para7', prohibitions: [{ text: CAR_WASHES, until: '2027-03-13' }] })],
    ])('R36: %s is accepted (201) and owned by the PSNI', async (_what, order) => {
      const recorded = await accepted(order);
      expect(recorded).toMatchObject({ type: order.type, owningForce: NI, status: order.type === 'NI_INTERIM_STPO' ? 'interim' : 'active' });
    });

    test('R36: an NI STPO against a subject of 17 is refused (422, rule R36, field subject.dateOfBirth)', async () => {
      expectRefusedByRule(await send(northernIrish({ subject: { forenames: 'Cathal', surname: 'Murphy', dateOfBirth: '2008-06-01' } })), 'R36', 'subject.dateOfBirth');
    });

    test('R36: there is no NI STRO order type (400 naming type)', async () => {
      expectInvalid(await send(northernIrish({ type: 'NI_STRO' })), 'type');
    });
  });

  describe('R40: "N years beginning with the day" ends the day before the anniversary', () => {
    const LEAP = '2024-02-29';

    test('R40: an STPO made on 29 February 2024 — five years end on 28 February 2029 (201); to 27 February 2029 is short (422, rule R9)', async () => {
      expectStatus(await send(anOrder({ madeOn: LEAP, prohibitions: [{ text: CAR_WASHES, until: '2029-02-28' }] })), 201);
      expectRefusedByRule(await send(anOrder({ madeOn: LEAP, prohibitions: [{ text: CAR_WASHES, until: '2029-02-27' }] })), 'R9', 'prohibitions[0].until');
    });

    test('R40: an STRO made on 29 February 2024 — two years end on 28 February 2026 (201); to 27 February 2026 is short (422, rule R10)', async () => {
      expectStatus(await send(anOrder({ type: 'STRO', madeOn: LEAP, prohibitions: [{ text: CAR_WASHES, until: '2026-02-28' }] })), 201);
      expectRefusedByRule(await send(anOrder({ type: 'STRO', madeOn: LEAP, prohibitions: [{ text: CAR_WASHES, until: '2026-02-27' }] })), 'R10', 'prohibitions[0].until');
    });

    test('R40: a travel ban from 29 February 2024 may run to 28 February 2029 (201), not to 1 March 2029 (422, rule R11)', async () => {
      const ban = (until: string) => [{ text: TRAVEL, until, foreignTravel: { scope: 'named-countries' as const, countries: ['RO'] } }];
      expectStatus(await send(anOrder({ madeOn: LEAP, prohibitions: ban('2029-02-28') })), 201);
      expectRefusedByRule(await send(anOrder({ madeOn: LEAP, prohibitions: ban('2029-03-01') })), 'R11', 'prohibitions[0].until');
    });

    test('R40: someone born on 29 February 2008 comes of age on 1 March 2026: a TEPO on 28 February is refused (R35), on 1 March accepted', async () => {
      const tepo = (madeOn: string) => scottish({ madeOn, subject: { forenames: 'Isla', surname: 'Fraser', dateOfBirth: '2008-02-29' }, prohibitions: [{ text: CAR_WASHES, until: '2031-03-31' }] });
      expectRefusedByRule(await send(tepo('2026-02-28')), 'R35', 'subject.dateOfBirth');
      expectStatus(await send(tepo('2026-03-01')), 201);
    });

    test('R40: a prohibition is in force on its last day and not the day after (as at 10 and 11 January 2020)', async () => {
      const made = await recordOrder(stor, managers.kent, anOrder({ madeOn: '2015-01-10', prohibitions: [{ text: CAR_WASHES, until: '2020-01-10' }] }));
      const lastDay = await orderAsAt(stor, national, made.orderId, '2020-01-10');
      expect(lastDay.body).toMatchObject({ status: 'active', prohibitions: [expect.objectContaining({ status: 'in-force' })] });
      const dayAfter = await orderAsAt(stor, national, made.orderId, '2020-01-11');
      expect(dayAfter.body).toMatchObject({ status: 'expired', prohibitions: [expect.objectContaining({ status: 'expired', endedOn: '2020-01-11' })] });
    });
  });

  // Runs the clock: keep last, so the orders above are judged as entered.
  describe('R14: expiry is per prohibition', () => {
    test('R14: an order with one fixed and one "until further order" prohibition is active, and never expires (expiresOn null)', async () => {
      const order = await accepted(anOrder({ prohibitions: [{ text: CAR_WASHES, until: '2030-03-13' }, { text: NAMED_PERSONS, until: null }] }));
      expect(order).toMatchObject({ status: 'active', expiresOn: null });
    });

    test('R14: an order whose fixed prohibition has run out stays active while the other is in force; one with nothing left in force expires', async () => {
      const kent = managers.kent;
      const mixed = await recordOrder(stor, kent, anOrder({ madeOn: '2015-01-10', prohibitions: [{ text: CAR_WASHES, until: '2020-01-10' }, { text: NAMED_PERSONS, until: null }] }));
      const fixed = await recordOrder(stor, kent, anOrder({ madeOn: '2015-01-10', prohibitions: [{ text: CAR_WASHES, until: '2020-01-10' }, { text: NAMED_PERSONS, until: '2021-01-10' }] }));
      await stor.tickClock();

      const stillActive = await readOrder(stor, national, mixed.orderId);
      expect(stillActive.status).toBe('active');
      expect(stillActive.prohibitions.map((p: { status: string }) => p.status)).toEqual(['expired', 'in-force']);

      const ended = await readOrder(stor, national, fixed.orderId);
      expect(ended.status).toBe('expired');
      expect(ended.prohibitions.map((p: { status: string }) => p.status)).toEqual(['expired', 'expired']);
    });
  });
});
