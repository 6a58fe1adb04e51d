import { FORCES, neighboursOf } from '#forces';
import { alertRecipients, UnknownForceError, type AlertRecipient, type AlertTrigger } from '#alerts';

// given a trigger, then these recipients: the whole rule is one pure function.
const given = (trigger: AlertTrigger) => ({
  then: (expected: Pick<AlertRecipient, 'force' | 'why'>[]) =>
    expect(alertRecipients(trigger).map(({ force, why }) => ({ force, why }))).toEqual(expected),
});

const breach = (owningForce: string, locationForce: string): AlertTrigger => ({
  kind: 'breach-recorded',
  orderId: 'order-1',
  breachId: 'breach-1',
  owningForce,
  locationForce,
});
const made = (owningForce: string, orderType = 'STPO'): AlertTrigger => ({
  kind: 'order-made',
  orderId: 'order-1',
  orderType,
  owningForce,
});

describe('breach recorded', () => {
  it('alerts the owner once, the location force and the location force’s neighbours', () => {
    given(breach('kent', 'sussex')).then([
      { force: 'hampshire', why: 'neighbour-of-location-force' },
      { force: 'kent', why: 'owning-force' },
      { force: 'surrey', why: 'neighbour-of-location-force' },
      { force: 'sussex', why: 'location-force' },
    ]);
  });

  it('does not alert the owner’s own neighbours', () => {
    const forces = alertRecipients(breach('kent', 'sussex')).map((r) => r.force);
    expect(forces).not.toContain('met');
  });

  it('in the owner’s own area alerts the owner and its neighbours as neighbours of the location', () => {
    given(breach('kent', 'kent')).then([
      { force: 'kent', why: 'owning-force' },
      { force: 'met', why: 'neighbour-of-location-force' },
      { force: 'surrey', why: 'neighbour-of-location-force' },
      { force: 'sussex', why: 'neighbour-of-location-force' },
    ]);
  });

  it('on the railway alerts only BTP and the owner, as BTP has no land neighbours', () => {
    given(breach('kent', 'btp')).then([
      { force: 'btp', why: 'location-force' },
      { force: 'kent', why: 'owning-force' },
    ]);
  });

  it('explains itself from each recipient’s side, naming forces in full', () => {
    const reasons = Object.fromEntries(alertRecipients(breach('kent', 'sussex')).map((r) => [r.force, r.reason]));
    expect(reasons).toEqual({
      kent: "Breach of an order owned by Kent Police (your force), recorded in Sussex Police's area.",
      sussex: "Breach of an order owned by Kent Police, recorded in Sussex Police's area (your force).",
      hampshire: "Breach of an order owned by Kent Police, recorded in Sussex Police's area (a neighbouring force).",
      surrey: "Breach of an order owned by Kent Police, recorded in Sussex Police's area (a neighbouring force).",
    });
    expect(alertRecipients(breach('kent', 'kent'))[0].reason).toBe(
      'Breach of an order owned by Kent Police (your force), recorded in your area.',
    );
  });
});

describe('order made', () => {
  it('alerts the owner and its land neighbours', () => {
    given(made('kent')).then([
      { force: 'kent', why: 'owning-force' },
      { force: 'met', why: 'neighbour-of-owning-force' },
      { force: 'surrey', why: 'neighbour-of-owning-force' },
      { force: 'sussex', why: 'neighbour-of-owning-force' },
    ]);
  });

  it('by Cumbria crosses the border to Police Scotland', () => {
    expect(alertRecipients(made('cumbria'))).toContainEqual(
      expect.objectContaining({ force: 'police-scotland', why: 'neighbour-of-owning-force' }),
    );
  });

  it('by PSNI alerts only PSNI', () => {
    given(made('psni', 'NI_STPO')).then([{ force: 'psni', why: 'owning-force' }]);
  });

  it('names the order type in full and falls back to plain "order" for a type it does not know', () => {
    const [kent] = alertRecipients(made('kent', 'INTERIM_STRO'));
    expect(kent.reason).toBe(
      'New interim Slavery and Trafficking Risk Order (STRO) made, owned by Kent Police (your force).',
    );
    const [, met] = alertRecipients(made('kent', 'Jan Kowalski'));
    expect(met.reason).toBe('New order made, owned by Kent Police (a neighbouring force).');
  });
});

describe('order varied', () => {
  it('alerts the owner and its land neighbours', () => {
    given({ kind: 'order-varied', orderId: 'order-1', owningForce: 'sussex' }).then([
      { force: 'hampshire', why: 'neighbour-of-owning-force' },
      { force: 'kent', why: 'neighbour-of-owning-force' },
      { force: 'surrey', why: 'neighbour-of-owning-force' },
      { force: 'sussex', why: 'owning-force' },
    ]);
  });
});

describe('order ended', () => {
  it.each([
    ['discharged', 'Discharge of an order owned by Metropolitan Police Service (your force).'],
    ['expired', 'Expiry of an order owned by Metropolitan Police Service (your force).'],
  ] as const)('when %s alerts only the owner', (how, reason) => {
    expect(alertRecipients({ kind: 'order-ended', orderId: 'order-1', owningForce: 'met', how })).toEqual([
      { force: 'met', kind: 'order-ended', why: 'owning-force', reason },
    ]);
  });
});

describe('unknown force codes', () => {
  it.each<AlertTrigger>([
    made('garda'),
    { kind: 'order-varied', orderId: 'order-1', owningForce: 'Kent' },
    { kind: 'order-ended', orderId: 'order-1', owningForce: '', how: 'expired' },
    breach('kent', 'nowhere'),
    breach('nowhere', 'kent'),
  ])('are a programming error: %o', (trigger) => {
    expect(() => alertRecipients(trigger)).toThrow(UnknownForceError);
  });
});

describe('for every force', () => {
  const triggers = FORCES.flatMap(({ code }): AlertTrigger[] => [
    made(code),
    { kind: 'order-varied', orderId: 'order-1', owningForce: code },
    { kind: 'order-ended', orderId: 'order-1', owningForce: code, how: 'discharged' },
    ...FORCES.map((location) => breach(code, location.code)),
  ]);
  const names = FORCES.map((force) => force.name);

  it('lists each recipient once, sorted by code, with the trigger’s kind', () => {
    for (const trigger of triggers) {
      const recipients = alertRecipients(trigger);
      const forces = recipients.map((r) => r.force);
      expect(forces).toEqual([...new Set(forces)].sort());
      expect(recipients.every((r) => r.kind === trigger.kind)).toBe(true);
      expect(recipients.filter((r) => r.why === 'owning-force').map((r) => r.force)).toEqual([trigger.owningForce]);
    }
  });

  it('alerts a neighbour only of the force the rule names', () => {
    for (const trigger of triggers) {
      const centre = trigger.kind === 'breach-recorded' ? trigger.locationForce : trigger.owningForce;
      for (const r of alertRecipients(trigger).filter((r) => r.why.startsWith('neighbour'))) {
        expect(neighboursOf(centre)).toContain(r.force);
      }
    }
  });

  it('gives one plain sentence that names a force in full and carries no codes or ids', () => {
    for (const trigger of triggers) {
      for (const { reason } of alertRecipients(trigger)) {
        expect(reason).toMatch(/^[A-Z][^.]*\.$/);
        expect(names.some((name) => reason.includes(name))).toBe(true);
        expect(reason).not.toMatch(/order-1|breach-1/);
        expect(reason).not.toMatch(/\b[a-z]+-[a-z-]+\b/);
      }
    }
  });
});

describe('alerts about where the subject lives and who manages the order', () => {
  test('a new home address in another force alerts the owner, the new area and the area left (R18)', () => {
    const recipients = alertRecipients({ kind: 'subject-moved', orderId: 'o', owningForce: 'kent', toForce: 'cumbria', fromForce: 'sussex' });
    expect(recipients.map((r) => [r.force, r.why])).toEqual([
      ['cumbria', 'new-address-force'],
      ['kent', 'owning-force'],
      ['sussex', 'previous-address-force'],
    ]);
    expect(recipients.find((r) => r.force === 'cumbria')?.reason).toBe(
      "The subject of an order owned by Kent Police has notified a home address in your area, moving from Sussex Police's area.",
    );
  });

  test('a first address, with none before, alerts the owner and the new area', () => {
    const recipients = alertRecipients({ kind: 'subject-moved', orderId: 'o', owningForce: 'kent', toForce: 'kent', fromForce: null });
    expect(recipients.map((r) => r.force)).toEqual(['kent']);
  });

  test('an overdue notification alerts the owning force only, naming the deadline', () => {
    const [only, ...rest] = alertRecipients({ kind: 'notification-overdue', orderId: 'o', owningForce: 'met', dueBy: '2026-11-20' });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ force: 'met', why: 'owning-force' });
    expect(only.reason).toContain('2026-11-20');
  });

  test('an order expiring soon alerts the owning force only, naming its last day in words', () => {
    expect(alertRecipients({ kind: 'expiring-soon', orderId: 'o', owningForce: 'kent', lastDay: '2027-03-14' })).toEqual([
      { force: 'kent', kind: 'expiring-soon', why: 'owning-force', reason: 'An order owned by Kent Police (your force) ends after 14 March 2027 unless it is renewed.' },
    ]);
  });

  test('a transfer alerts the new owner and the force that gave it up', () => {
    const recipients = alertRecipients({ kind: 'order-transferred', orderId: 'o', owningForce: 'sussex', fromForce: 'kent' });
    expect(recipients.map((r) => [r.force, r.why])).toEqual([
      ['kent', 'previous-owning-force'],
      ['sussex', 'owning-force'],
    ]);
    expect(recipients[0].reason).toBe('Management of an order moved from Kent Police (your force) to Sussex Police.');
  });

  test.each(['quashed', 'superseded', 'interim-ended'] as const)('an order that ends by being %s alerts its owner', (how) => {
    const [only, ...rest] = alertRecipients({ kind: 'order-ended', orderId: 'o', owningForce: 'kent', how });
    expect(rest).toEqual([]);
    expect(only.reason).toMatch(/ of an order owned by Kent Police \(your force\)\.$/);
  });
});
