import type { OrderId } from '../order-id.js';
import type { Actor } from '../../actors/actor.js';
import { NotPermitted, OrderAlreadyExists, RuleViolation } from '../../errors/domain-error.js';
import { DEFAULT_LEGAL_CONFIG } from '../legal-config.js';
import type { Applicant, LegalBasis, QualifyingOffence } from '../order-particulars.js';
import { ORDER_TYPES, type OrderType } from '../order-type.js';
import { allCountriesBan, as, kent, makeOrder, managerOf, orderMade, prohibition, subject, SURRENDER, TODAY, travelBan } from '../testing/fixtures.js';
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
      const command = makeOrder({ orderType: 'STRO', madeOn: '2016-01-04' as const, servedOn: null, prohibitions: [prohibition('p-1', '2018-01-03')] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it('records an STRO prohibition of exactly two years (R10, s24(4))', () => {
      const command = makeOrder({ orderType: 'STRO', madeOn: '2026-01-01' as const, servedOn: null, prohibitions: [prohibition('p-1', '2027-12-31')] });
      given([]).when(command, kent).then([orderMade(command)]);
    });

    it('records an STPO made on 29 February with a prohibition ending 28 February five years on (R9, R40)', () => {
      const command = makeOrder({ madeOn: '2024-02-29' as const, servedOn: null, prohibitions: [prohibition('p-1', '2029-02-28')] });
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
      { userId: 'u', role: 'officer', force: 'kent' as const },
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
      given([]).when(makeOrder({ madeOn: '2026-11-24' as const, servedOn: null }), kent).thenRejects(RuleViolation, 'date-in-future');
    });

    it('a served date before the made date (date-before-order-made)', () => {
      given([]).when(makeOrder({ servedOn: '2025-03-09' }), kent).thenRejects(RuleViolation, 'date-before-order-made');
    });

    it('a subject with no name (subject-name-empty)', () => {
      given([]).when(makeOrder({ subject: { ...subject, forenames: ' ', surname: '' } }), kent).thenRejects(RuleViolation, 'subject-name-empty');
    });

    it('a date of birth after today (date-in-future)', () => {
      given([]).when(makeOrder({ subject: { ...subject, dateOfBirth: '2027-01-01' as const } }), kent).thenRejects(RuleViolation, 'date-in-future');
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

    it('an STPO prohibition one day shorter than five years (R9, s17(4))', () => {
      const error = given([]).when(makeOrder({ prohibitions: [prohibition('p-1', '2030-03-08')] }), kent).thenRejects(RuleViolation, 'R9');
      expect(error.field).toBe('prohibitions[0].until');
      expect(error.message).toMatch(/s17\(4\)/);
      expect(error.message).toMatch(/2030-03-09/);
    });

    it('an STPO made on 29 February with a prohibition ending 27 February five years on (R9, R40)', () => {
      given([]).when(makeOrder({ madeOn: '2024-02-29' as const, servedOn: null, prohibitions: [prohibition('p-1', '2029-02-27')] }), kent).thenRejects(RuleViolation, 'R9');
    });

    it('an NI STPO prohibition shorter than five years (R9)', () => {
      given([]).when(makeOrder({ orderType: 'NI_STPO', owningForce: 'psni', prohibitions: [prohibition('p-1', '2029-03-10')] }), as(managerOf('psni'))).thenRejects(RuleViolation, 'R9');
    });

    it('an STRO prohibition one day shorter than two years (R10, s24(4))', () => {
      const command = makeOrder({ orderType: 'STRO', madeOn: '2026-01-01' as const, servedOn: null, prohibitions: [prohibition('p-1', '2027-12-30')] });
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

  describe('legal particulars (R1, R2, R4, R6, R7, R12, R16, R26)', () => {
    const conviction: QualifyingOffence = { offence: 'Modern Slavery Act 2015 s1', outcome: 'conviction', decidedOn: '2025-02-01' as const, jurisdiction: 'EW' };
    const scotland = as(managerOf('police-scotland'));
    const psni = as(managerOf('psni'));

    describe('accepted', () => {
      it('an s14 STPO made on sentencing, with the conviction and the court as applicant, records every particular', () => {
        const command = makeOrder({ legalBasis: 's14', applicant: { kind: 'court' }, qualifyingOffence: conviction });
        const [event] = given([]).when(command, kent).then([orderMade(command)]);
        expect(event!.data).toMatchObject({ legalBasis: 's14', applicant: { kind: 'court' }, notifiedForce: null, notification: { required: false, notifyTo: null }, passportSurrender: null, interimOrderId: null });
      });

      it.each(['insanity', 'disability'] as const)('an s14 STPO on a finding of %s, with no applicant recorded (R2)', (outcome) => {
        const command = makeOrder({ legalBasis: 's14', applicant: null, qualifyingOffence: { ...conviction, outcome } });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it('an s15 STPO on a chief officer\'s application, resting on a caution abroad (R7, s16(3))', () => {
        const command = makeOrder({
          legalBasis: 's15',
          applicant: { kind: 'chief-officer', force: 'kent' as const },
          qualifyingOffence: { offence: 'Trafficking (Romania)', outcome: 'caution', decidedOn: '2019-04-04' as const, jurisdiction: 'foreign' },
        });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it.each(['nca-dg', 'immigration-officer', 'glaa'] as const)('an s15 STPO applied for by the %s, naming the force it notified (R4, R6)', (kind) => {
        const command = makeOrder({ legalBasis: 's15', applicant: { kind }, notifiedForce: 'kent', qualifyingOffence: { ...conviction, jurisdiction: 'SCO' } });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it('an s23 STRO applied for by the GLAA with no qualifying offence: no conviction is needed', () => {
        const command = makeOrder({ orderType: 'STRO', legalBasis: 's23', applicant: { kind: 'glaa' }, notifiedForce: 'kent', qualifyingOffence: null });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it('an STRO that records a conviction anyway', () => {
        const command = makeOrder({ orderType: 'STRO', legalBasis: 's23', applicant: { kind: 'chief-officer', force: 'kent' as const }, qualifyingOffence: conviction });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it.each([
        ['INTERIM_STPO', 's21'],
        ['INTERIM_STRO', 's28'],
      ] as [OrderType, LegalBasis][])('an %s under %s on a chief officer\'s application', (orderType, legalBasis) => {
        const command = makeOrder({ orderType, legalBasis, applicant: { kind: 'chief-officer', force: 'kent' as const }, prohibitions: [prohibition('p-1', '2025-09-01')] });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it.each([
        ['TEPO', 'HTE(S)A s17', null],
        ['TEPO', 'HTE(S)A s18', { kind: 'chief-officer', force: 'police-scotland' as const }],
        ['TERO', 'HTE(S)A s23', { kind: 'chief-officer', force: 'police-scotland' as const }],
        ['INTERIM_TEPO', 'HTE(S)A interim', null],
        ['INTERIM_TERO', 'HTE(S)A interim', null],
      ] as [OrderType, LegalBasis, Applicant | null][])('a Scottish %s under %s (R35)', (orderType, legalBasis, applicant) => {
        const command = makeOrder({ orderType, owningForce: 'police-scotland', legalBasis, applicant, prohibitions: [prohibition('p-1', '2030-03-09')] });
        given([]).when(command, scotland).then([orderMade(command)]);
      });

      it.each([
        ['NI_STPO', 'NI Sch3 para1', null],
        ['NI_STPO', 'NI Sch3 para2', { kind: 'chief-officer', force: 'psni' as const }],
        ['NI_INTERIM_STPO', 'NI Sch3 para7', { kind: 'chief-officer', force: 'psni' as const }],
      ] as [OrderType, LegalBasis, Applicant | null][])('a Northern Irish %s under %s (R36)', (orderType, legalBasis, applicant) => {
        const command = makeOrder({ orderType, owningForce: 'psni', legalBasis, applicant, prohibitions: [prohibition('p-1', '2030-03-09')] });
        given([]).when(command, psni).then([orderMade(command)]);
      });

      it('with a notification requirement naming whom to notify, served on a known day (R15, R16)', () => {
        const command = makeOrder({ notification: { required: true, notifyTo: 'Kent Police Public Protection Unit' } });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it('records no recipient when no notification is required', () => {
        const command = makeOrder({ notification: { required: false, notifyTo: 'someone' } });
        given([]).when(command, kent).then([orderMade(makeOrder({ notification: { required: false, notifyTo: null } }))]);
      });

      it('an all-countries travel ban with passports to surrender at a named police station (R12, s18(4))', () => {
        const command = makeOrder({ prohibitions: [prohibition('p-1', null), allCountriesBan('p-2', '2027-03-09')], passportSurrender: SURRENDER });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it('a Scottish order may require surrender without an all-countries ban: Scottish orders may impose requirements (R35)', () => {
        const command = makeOrder({ orderType: 'TEPO', owningForce: 'police-scotland', prohibitions: [prohibition('p-1', '2030-03-09')], passportSurrender: SURRENDER });
        given([]).when(command, scotland).then([orderMade(command)]);
      });

      it('an s15 STPO determining an interim order\'s main application names it (R26)', () => {
        const command = makeOrder({ legalBasis: 's15', applicant: { kind: 'chief-officer', force: 'kent' as const }, qualifyingOffence: conviction, interimOrderId: 'interim-1' as OrderId });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it('a Scottish or NI order against someone who turned 18 on the day it was made (R35, R36)', () => {
        const adult = { ...subject, dateOfBirth: '2007-03-10' as const };
        const tepo = makeOrder({ orderType: 'TEPO', owningForce: 'police-scotland', subject: adult, prohibitions: [prohibition('p-1', '2030-03-09')] });
        given([]).when(tepo, scotland).then([orderMade(tepo)]);
        const ni = makeOrder({ orderType: 'NI_STPO', owningForce: 'psni', subject: adult });
        given([]).when(ni, psni).then([orderMade(ni)]);
      });

      it('an E&W order against a child: the youth court may make one (R25)', () => {
        const command = makeOrder({ subject: { ...subject, dateOfBirth: '2010-01-01' as const } });
        given([]).when(command, kent).then([orderMade(command)]);
      });

      it('a BTP chief constable\'s application when configured to allow it (R4, unverified)', () => {
        const command = makeOrder({ orderType: 'STRO', legalBasis: 's23', applicant: { kind: 'chief-officer', force: 'btp' as const } });
        given([]).when(command, as(managerOf('kent'), TODAY, { ...DEFAULT_LEGAL_CONFIG, btpChiefConstableMayApply: true })).then([orderMade(command)]);
      });
    });

    describe('refused', () => {
      it('a Scottish order against someone under 18 on the day it was made (R35)', () => {
        const child = { ...subject, dateOfBirth: '2007-03-11' as const };
        const error = given([])
          .when(makeOrder({ orderType: 'TERO', owningForce: 'police-scotland', subject: child, prohibitions: [prohibition('p-1', '2027-01-01')] }), scotland)
          .thenRejects(RuleViolation, 'R35');
        expect(error.field).toBe('subject.dateOfBirth');
      });

      it('an NI order against someone under 18, born on 29 February (R36)', () => {
        const leapling = { ...subject, dateOfBirth: '2008-02-29' as const };
        given([]).when(makeOrder({ orderType: 'NI_STPO', owningForce: 'psni', madeOn: '2026-02-28' as const, servedOn: null, subject: leapling }), psni).thenRejects(RuleViolation, 'R36');
        const command = makeOrder({ orderType: 'NI_STPO', owningForce: 'psni', madeOn: '2026-03-01' as const, servedOn: null, subject: leapling, prohibitions: [prohibition('p-1', null)] });
        given([]).when(command, psni).then([orderMade(command)]);
      });

      it('a provision that does not exist (R1)', () => {
        const error = given([]).when(makeOrder({ legalBasis: 's99' as LegalBasis }), kent).thenRejects(RuleViolation, 'R1');
        expect(error.field).toBe('legalBasis');
      });

      it.each([
        ['STPO', 's23'],
        ['STRO', 's14'],
        ['INTERIM_STPO', 's15'],
        ['INTERIM_STRO', 's21'],
        ['TEPO', 's14'],
        ['TERO', 'HTE(S)A s18'],
        ['NI_STPO', 's14'],
        ['NI_INTERIM_STPO', 'NI Sch3 para2'],
      ] as [OrderType, LegalBasis][])('an %s under %s (R1)', (orderType, legalBasis) => {
        given([]).when(makeOrder({ orderType, legalBasis, prohibitions: [prohibition('p-1', '2031-01-01')] }), kent).thenRejects(RuleViolation, 'R1');
      });

      it('an s14 STPO with no qualifying outcome (R2)', () => {
        const error = given([]).when(makeOrder({ legalBasis: 's14', applicant: { kind: 'court' } }), kent).thenRejects(RuleViolation, 'R2');
        expect(error.field).toBe('qualifyingOffence');
      });

      it('an s14 STPO resting on a caution (R2, s14(1))', () => {
        given([]).when(makeOrder({ legalBasis: 's14', qualifyingOffence: { ...conviction, outcome: 'caution' } }), kent).thenRejects(RuleViolation, 'R2');
      });

      it.each(['SCO', 'NI', 'foreign'] as const)('an s14 STPO resting on a %s outcome (R2)', (jurisdiction) => {
        given([]).when(makeOrder({ legalBasis: 's14', qualifyingOffence: { ...conviction, jurisdiction } }), kent).thenRejects(RuleViolation, 'R2');
      });

      it('an s15 STPO with no qualifying offence (R7, s16)', () => {
        given([]).when(makeOrder({ legalBasis: 's15', applicant: { kind: 'chief-officer', force: 'kent' as const } }), kent).thenRejects(RuleViolation, 'R7');
      });

      it('a qualifying outcome decided after the order was made (qualifying-offence-after-order)', () => {
        given([]).when(makeOrder({ legalBasis: 's14', qualifyingOffence: { ...conviction, decidedOn: '2025-03-11' as const } }), kent).thenRejects(RuleViolation, 'qualifying-offence-after-order');
      });

      it.each([
        ['a blank offence', { offence: ' ' }],
        ['an unknown outcome', { outcome: 'warning' }],
        ['an unknown jurisdiction', { jurisdiction: 'IE' }],
      ])('a qualifying offence with %s (qualifying-offence-invalid)', (_what, change) => {
        const qualifyingOffence = { ...conviction, ...change } as QualifyingOffence;
        given([]).when(makeOrder({ legalBasis: 's14', qualifyingOffence }), kent).thenRejects(RuleViolation, 'qualifying-offence-invalid');
      });

      it.each(['s15', 's21', 's23', 's28'] as LegalBasis[])('an order under %s with no applicant (R4)', (legalBasis) => {
        const orderType: OrderType = { s15: 'STPO', s21: 'INTERIM_STPO', s23: 'STRO', s28: 'INTERIM_STRO' }[legalBasis as 's15'] as OrderType;
        const command = makeOrder({ orderType, legalBasis, qualifyingOffence: conviction, prohibitions: [prohibition('p-1', '2031-01-01')] });
        given([]).when(command, kent).thenRejects(RuleViolation, 'R4');
      });

      it('an s15 STPO applied for by the court (R4, s15(1))', () => {
        given([]).when(makeOrder({ legalBasis: 's15', applicant: { kind: 'court' }, qualifyingOffence: conviction }), kent).thenRejects(RuleViolation, 'R4');
      });

      it('an s14 STPO "applied for" by a chief officer (R4)', () => {
        given([]).when(makeOrder({ legalBasis: 's14', applicant: { kind: 'chief-officer', force: 'kent' as const }, qualifyingOffence: conviction }), kent).thenRejects(RuleViolation, 'R4');
      });

      it('an applicant the Act does not name (R4)', () => {
        const applicant = { kind: 'probation-service' } as unknown as Applicant;
        given([]).when(makeOrder({ orderType: 'STRO', legalBasis: 's23', applicant }), kent).thenRejects(RuleViolation, 'R4');
      });

      it('a Scottish order on application applied for by the court (R4)', () => {
        given([]).when(makeOrder({ orderType: 'TERO', legalBasis: 'HTE(S)A s23', applicant: { kind: 'court' }, prohibitions: [prohibition('p-1', '2027-01-01')] }), kent).thenRejects(RuleViolation, 'R4');
      });

      it('a chief officer applicant with no force (R4)', () => {
        const error = given([]).when(makeOrder({ orderType: 'STRO', legalBasis: 's23', applicant: { kind: 'chief-officer' } }), kent).thenRejects(RuleViolation, 'R4');
        expect(error.field).toBe('applicant.force');
      });

      it('the chief constable of British Transport Police, by default (R4, unverified)', () => {
        given([]).when(makeOrder({ orderType: 'STRO', legalBasis: 's23', applicant: { kind: 'chief-officer', force: 'btp' as const } }), kent).thenRejects(RuleViolation, 'R4');
      });

      it.each(['nca-dg', 'immigration-officer', 'glaa'] as const)('the %s applying without naming the force notified (R6)', (kind) => {
        const error = given([]).when(makeOrder({ orderType: 'STRO', legalBasis: 's23', applicant: { kind }, notifiedForce: null }), kent).thenRejects(RuleViolation, 'R6');
        expect(error.field).toBe('notifiedForce');
      });

      it('an interim order id on an s14 order: an interim cannot precede an order on sentencing (R26)', () => {
        given([]).when(makeOrder({ legalBasis: 's14', qualifyingOffence: conviction, interimOrderId: 'interim-1' as OrderId }), kent).thenRejects(RuleViolation, 'R26');
      });

      it('an interim order id on an interim order (R26)', () => {
        given([]).when(makeOrder({ orderType: 'INTERIM_STPO', prohibitions: [prohibition('p-1', '2025-09-01')], interimOrderId: 'interim-0' as OrderId }), kent).thenRejects(RuleViolation, 'R26');
      });

      it('an order naming itself as its interim order, or a blank id (R26)', () => {
        given([]).when(makeOrder({ interimOrderId: 'order-1' as OrderId }), kent).thenRejects(RuleViolation, 'R26');
        given([]).when(makeOrder({ interimOrderId: ' ' as OrderId }), kent).thenRejects(RuleViolation, 'R26');
      });

      it('a notification requirement naming nobody to notify (R16)', () => {
        const error = given([]).when(makeOrder({ notification: { required: true, notifyTo: '' } }), kent).thenRejects(RuleViolation, 'R16');
        expect(error.field).toBe('notification.notifyTo');
      });

      it('a notification requirement on an order with no service date (R16)', () => {
        const error = given([]).when(makeOrder({ servedOn: null, notification: { required: true, notifyTo: 'PPU' } }), kent).thenRejects(RuleViolation, 'R16');
        expect(error.field).toBe('servedOn');
      });

      it('an all-countries travel ban without a passport surrender requirement (R12, s18(4))', () => {
        const error = given([]).when(makeOrder({ prohibitions: [allCountriesBan('p-1', '2027-01-01')] }), kent).thenRejects(RuleViolation, 'R12');
        expect(error.field).toBe('passportSurrender');
      });

      it('an E&W order requiring passport surrender with no all-countries ban (R12, R8)', () => {
        given([]).when(makeOrder({ prohibitions: [travelBan('p-1', '2027-01-01')], passportSurrender: SURRENDER }), kent).thenRejects(RuleViolation, 'R12');
      });

      it('passport surrender at no named police station, or due before the order was made (R12)', () => {
        const banned = [allCountriesBan('p-1', '2027-01-01')];
        given([]).when(makeOrder({ prohibitions: banned, passportSurrender: { ...SURRENDER, policeStation: ' ' } }), kent).thenRejects(RuleViolation, 'R12');
        given([]).when(makeOrder({ prohibitions: banned, passportSurrender: { ...SURRENDER, dueOn: '2025-03-09' as const } }), kent).thenRejects(RuleViolation, 'R12');
      });
    });
  });

  describe('where the subject lives when the order is made (optional; notifications move it on, R18)', () => {
    const home = { line1: '3 Mill Lane, Lancaster', postcode: 'LA1 1AA', force: 'lancashire' as const };

    it('records the address, in another force area than the owner', () => {
      given([]).when(makeOrder({ subjectAddress: home }), kent).then([orderMade(makeOrder({ subjectAddress: home }))]);
    });

    it('records no address when none is known', () => {
      const [event] = given([]).when(makeOrder({ subjectAddress: null }), kent).then([orderMade(makeOrder())]);
      expect(event?.type === 'OrderMade' && event.data.subjectAddress).toBeNull();
    });

    it('a Scottish order whose subject lives in England (R35, R37)', () => {
      const command = makeOrder({ orderType: 'TEPO', owningForce: 'police-scotland', prohibitions: [prohibition('p-1', '2030-03-09')], subjectAddress: { ...home, force: 'cumbria' } });
      given([]).when(command, as(managerOf('police-scotland'))).then([orderMade(command)]);
    });

    it('keeps only the line, postcode and force of what was sent', () => {
      const sloppy = { ...home, flat: '2B' } as typeof home;
      given([]).when(makeOrder({ subjectAddress: sloppy }), kent).then([orderMade(makeOrder({ subjectAddress: home }))]);
    });

    it.each(['line1', 'postcode', 'force'] as const)('refuses an address with no %s, naming the field (subject-address-incomplete)', (part) => {
      const error = given([]).when(makeOrder({ subjectAddress: { ...home, [part]: ' ' } }), kent).thenRejects(RuleViolation, 'subject-address-incomplete');
      expect(error.field).toBe(`subject.address.${part}`);
      expect(error.message).toMatch(/postcode and force area/);
    });
  });
});
