import type { Actor } from '../../actors/actor.js';
import { NotPermitted, OrderAlreadyExists, RuleViolation } from '../../errors/domain-error.js';
import { ORDER_TYPES, type OrderType } from '../order-type.js';
import { as, kent, makeOrder, managerOf, orderMade, prohibition, subject, TODAY, travelBan } from '../testing/fixtures.js';
import { given } from '../testing/given.js';

describe('MakeOrder', () => {
  describe('accepted', () => {
    it('records an STPO with an indefinite prohibition and one of exactly five years beginning with the day made (R9, R40)', () => {
      given([]).when(makeOrder(), kent).then([orderMade()]);
    });

    it('records an STPO made today', () => {
      const command = makeOrder({ madeOn: TODAY, servedOn: TODAY, prohibitions: [prohibition('p-1', null)] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it('records an order made years ago, even if its prohibitions have all run out (historic entry)', () => {
      const command = makeOrder({ orderType: 'STRO', madeOn: '2016-01-04', servedOn: null, prohibitions: [prohibition('p-1', '2018-01-03')] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it('records an STRO prohibition of exactly two years (R10, s24(4))', () => {
      const command = makeOrder({ orderType: 'STRO', madeOn: '2026-01-01', servedOn: null, prohibitions: [prohibition('p-1', '2027-12-31')] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it('records an STPO made on 29 February with a prohibition ending 28 February five years on (R9, R40)', () => {
      const command = makeOrder({ madeOn: '2024-02-29', servedOn: null, prohibitions: [prohibition('p-1', '2029-02-28')] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it('records a foreign travel prohibition shorter than five years on an STPO (R9 exception, s18)', () => {
      const command = makeOrder({ prohibitions: [travelBan('p-1', '2026-03-10')] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it('records a foreign travel prohibition of exactly five years (R11, s18(1))', () => {
      const command = makeOrder({ prohibitions: [travelBan('p-1', '2030-03-09')] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it.each(['INTERIM_STPO', 'INTERIM_STRO', 'INTERIM_TEPO', 'INTERIM_TERO', 'NI_INTERIM_STPO'] as OrderType[])(
      'records an %s for a short fixed period: R26 sets no minimum',
      (orderType) => {
        const command = makeOrder({ orderType, prohibitions: [prohibition('p-1', '2025-04-10')] });
        given([]).when(command, kent).then([orderMade(command)]);
      },
    );

    it('records a TEPO prohibition of five years (R35, HTE(S)A s20(2))', () => {
      const command = makeOrder({ orderType: 'TEPO', owningForce: 'police-scotland', prohibitions: [prohibition('p-1', '2030-03-09')] });
      given([]).when(command, as(managerOf('police-scotland'))).then([orderMade(command)]);
    });

    it('records a TERO with a short fixed prohibition: its minimum is unverified (R35)', () => {
      const command = makeOrder({ orderType: 'TERO', owningForce: 'police-scotland', prohibitions: [prohibition('p-1', '2026-03-10')] });
      given([]).when(command, as(managerOf('police-scotland'))).then([orderMade(command)]);
    });

    it('records an NI STPO with an indefinite prohibition', () => {
      const command = makeOrder({ orderType: 'NI_STPO', owningForce: 'psni', prohibitions: [prohibition('p-1', null)] });
      given([]).when(command, as(managerOf('psni'))).then([orderMade(command)]);
    });

    it('records the PNC ID in its canonical long form (DOMAIN.md §5)', () => {
      const command = makeOrder({ subject: { ...subject, pncId: '79/123456T' } });
      given([]).when(command, kent).then([orderMade(makeOrder({ subject: { ...subject, pncId: '1979/0123456T' } }))]);
    });

    it('records a subject with no PNC ID, no date of birth and no aliases', () => {
      const bare = { ...subject, pncId: null, dateOfBirth: null, aliases: [] };
      given([]).when(makeOrder({ subject: bare }), kent).then([orderMade(makeOrder({ subject: bare }))]);
    });

    it('records only the fields of the terms, not extra properties a caller sent', () => {
      const sloppy = { ...prohibition('p-1', null), status: 'in-force' } as ReturnType<typeof prohibition>;
      given([]).when(makeOrder({ prohibitions: [sloppy] }), kent).then([orderMade(makeOrder({ prohibitions: [prohibition('p-1', null)] }))]);
    });
  });

  describe('refused: who may record it (API.md roles)', () => {
    const roles: Actor[] = [
      { userId: 'u', role: 'officer', force: 'kent' },
      { userId: 'u', role: 'rocu', region: 'eastern' },
      { userId: 'u', role: 'national' },
      { userId: 'u', role: 'auditor' },
      { userId: 'u', role: 'system' },
    ];
    it.each(roles.map((actor) => [actor.role, actor] as const))('a %s may not record an order', (_role, actor) => {
      given([]).when(makeOrder(), as(actor)).thenRejects(NotPermitted);
    });

    it('an order manager of another force may not record an order owned by Kent', () => {
      given([]).when(makeOrder(), as(managerOf('sussex'))).thenRejects(NotPermitted);
    });

    it('an order manager with no force may not record an order', () => {
      given([]).when(makeOrder(), as({ userId: 'u', role: 'order-manager' })).thenRejects(NotPermitted);
    });
  });

  describe('refused: the order already exists', () => {
    it('a second MakeOrder for the same id is a conflict', () => {
      given([orderMade()]).when(makeOrder(), kent).thenRejects(OrderAlreadyExists);
    });
  });

  describe('refused: the law and the register rules', () => {
    it('an unknown order type (R1)', () => {
      given([]).when(makeOrder({ orderType: 'ASBO' as OrderType }), kent).thenRejects(RuleViolation, 'unknown-order-type');
    });

    it('a made date after today (date-in-future)', () => {
      given([]).when(makeOrder({ madeOn: '2026-11-24', servedOn: null }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it('a made date that is not a calendar date (invalid-date)', () => {
      const error = given([]).when(makeOrder({ madeOn: '2025-02-29' }), kent).thenRejects(RuleViolation, 'invalid-date');
      expect(error.field).toBe('madeOn');
    });

    it('a served date before the made date (date-before-order-made)', () => {
      given([]).when(makeOrder({ servedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('a served date that is not a calendar date (invalid-date)', () => {
      given([]).when(makeOrder({ servedOn: 'soon' }), kent).thenRejects(RuleViolation, 'invalid-date');
    });

    it('a subject with no name (subject-name-empty)', () => {
      given([]).when(makeOrder({ subject: { ...subject, forenames: ' ', surname: '' } }), kent).thenRejects(RuleViolation, 'subject-name-empty');
    });

    it('a PNC ID with the wrong check letter (pnc-id-invalid)', () => {
      const error = given([]).when(makeOrder({ subject: { ...subject, pncId: '2003/1234567R' } }), kent).thenRejects(RuleViolation, 'pnc-id-invalid');
      expect(error.field).toBe('subject.pncId');
    });

    it('a date of birth after today (date-in-future)', () => {
      given([]).when(makeOrder({ subject: { ...subject, dateOfBirth: '2027-01-01' } }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it('no prohibitions (R8, s17(1))', () => {
      given([]).when(makeOrder({ prohibitions: [] }), kent).thenRejects(RuleViolation, 'R8');
    });

    it('a prohibition with no words (R8)', () => {
      const error = given([])
        .when(makeOrder({ prohibitions: [prohibition('p-1', null, { text: '   ' })] }), kent)
        .thenRejects(RuleViolation, 'R8');
      expect(error.field).toBe('prohibitions[0].text');
    });

    it('two prohibitions with the same id (duplicate-prohibition-id)', () => {
      given([]).when(makeOrder({ prohibitions: [prohibition('p-1', null), prohibition('p-1', null)] }), kent).thenRejects(RuleViolation, 'duplicate-prohibition-id');
    });

    it('a prohibition with a blank id (prohibition-id-missing)', () => {
      given([]).when(makeOrder({ prohibitions: [prohibition('', null)] }), kent).thenRejects(RuleViolation, 'prohibition-id-missing');
    });

    it('a prohibition ending on the day the order was made (until-not-after-start)', () => {
      given([]).when(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-03-10')] }), kent).thenRejects(RuleViolation, 'until-not-after-start');
    });

    it('a prohibition whose until is not a calendar date (invalid-date)', () => {
      given([]).when(makeOrder({ prohibitions: [prohibition('p-1', '2030-02-30')] }), kent).thenRejects(RuleViolation, 'invalid-date');
    });

    it('an STPO prohibition one day shorter than five years (R9, s17(4))', () => {
      const error = given([]).when(makeOrder({ prohibitions: [prohibition('p-1', '2030-03-08')] }), kent).thenRejects(RuleViolation, 'R9');
      expect(error.field).toBe('prohibitions[0].until');
      expect(error.message).toMatch(/s17\(4\)/);
      expect(error.message).toMatch(/2030-03-09/);
    });

    it('an STPO made on 29 February with a prohibition ending 27 February five years on (R9, R40)', () => {
      given([]).when(makeOrder({ madeOn: '2024-02-29', servedOn: null, prohibitions: [prohibition('p-1', '2029-02-27')] }), kent).thenRejects(RuleViolation, 'R9');
    });

    it('an NI STPO prohibition shorter than five years (R9)', () => {
      given([]).when(makeOrder({ orderType: 'NI_STPO', owningForce: 'psni', prohibitions: [prohibition('p-1', '2029-03-10')] }), as(managerOf('psni'))).thenRejects(RuleViolation, 'R9');
    });

    it('an STRO prohibition one day shorter than two years (R10, s24(4))', () => {
      const command = makeOrder({ orderType: 'STRO', madeOn: '2026-01-01', servedOn: null, prohibitions: [prohibition('p-1', '2027-12-30')] });
      const error = given([]).when(command, kent).thenRejects(RuleViolation, 'R10');
      expect(error.message).toMatch(/s24\(4\)/);
    });

    it('a foreign travel prohibition until further order (R11, s18(1))', () => {
      given([]).when(makeOrder({ prohibitions: [travelBan('p-1', null)] }), kent).thenRejects(RuleViolation, 'R11');
    });

    it('a foreign travel prohibition one day longer than five years (R11, s18(1))', () => {
      const error = given([]).when(makeOrder({ prohibitions: [travelBan('p-1', '2030-03-10')] }), kent).thenRejects(RuleViolation, 'R11');
      expect(error.message).toMatch(/s18\(1\)/);
    });

    it('an STRO foreign travel prohibition longer than five years cites s25(1) (R11)', () => {
      const error = given([]).when(makeOrder({ orderType: 'STRO', prohibitions: [travelBan('p-1', '2031-01-01')] }), kent).thenRejects(RuleViolation, 'R11');
      expect(error.message).toMatch(/s25\(1\)/);
    });

    it('a named-countries travel ban that names no country (R11, s18(2))', () => {
      const ban = prohibition('p-1', '2027-01-01', { foreignTravel: { scope: 'named-countries', countries: [] } });
      given([]).when(makeOrder({ prohibitions: [ban] }), kent).thenRejects(RuleViolation, 'R11');
    });

    it.each(['INTERIM_STPO', 'INTERIM_STRO', 'INTERIM_TEPO', 'INTERIM_TERO', 'NI_INTERIM_STPO'] as OrderType[])(
      'an %s prohibition until further order (R26)',
      (orderType) => {
        given([]).when(makeOrder({ orderType, prohibitions: [prohibition('p-1', null)] }), kent).thenRejects(RuleViolation, 'R26');
      },
    );

    it.each(['TEPO', 'TERO'] as OrderType[])('a %s prohibition until further order (R35)', (orderType) => {
      given([]).when(makeOrder({ orderType, prohibitions: [prohibition('p-1', null)] }), kent).thenRejects(RuleViolation, 'R35');
    });

    it('a TEPO prohibition shorter than five years (R35, HTE(S)A s20(2))', () => {
      given([]).when(makeOrder({ orderType: 'TEPO', prohibitions: [prohibition('p-1', '2030-03-08')] }), kent).thenRejects(RuleViolation, 'R35');
    });
  });

  it('knows every order type of the contract', () => {
    expect(ORDER_TYPES).toHaveLength(10);
  });
});
