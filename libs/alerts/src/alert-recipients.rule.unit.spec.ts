import { FORCES, neighboursOf } from '#forces';
import { alertRecipients, UnknownForceError, type AlertRecipient, type AlertTrigger } from '#alerts';

// given a trigger, then these recipients: the whole rule is one pure function.
const given = (trigger: AlertTrigger) => ({
  then: (expected: Pick<AlertRecipient, 'force' | 'why'>[]) =>
    expect(alertRecipients(trigger).map(({ force, why }) => ({ force, why }))).toEqual(expected),
});
const reasonsOf = (trigger: AlertTrigger) => Object.fromEntries(alertRecipients(trigger).map((r) => [r.force, r.reason]));

const breach = (owningForce: string, locationForce: string): AlertTrigger => ({
  kind: 'breach-recorded',
  orderId: 'order-1',
  breachId: 'breach-1',
  owningForce,
  locationForce,
});
const made = (owningForce: string, { orderType = 'STPO', addressForce = null as string | null, travelBan = false } = {}): AlertTrigger => ({
  kind: 'order-made',
  orderId: 'order-1',
  orderType,
  owningForce,
  addressForce,
  travelBan,
});
type VariedHow = Extract<AlertTrigger, { kind: 'order-varied' }>['how'];
const varied = (owningForce: string, alertedBefore: string[], { how = 'varied' as VariedHow, travelBan = false } = {}): AlertTrigger => ({
  kind: 'order-varied',
  orderId: 'order-1',
  owningForce,
  how,
  travelBan,
  alertedBefore,
});
const ended = (owningForce: string, how: Extract<AlertTrigger, { kind: 'order-ended' }>['how'], alertedBefore: string[] = []): AlertTrigger => ({
  kind: 'order-ended',
  orderId: 'order-1',
  owningForce,
  how,
  alertedBefore,
});
const moved = (owningForce: string, toForce: string, fromForce: string | null, orderType = 'STPO'): AlertTrigger => ({
  kind: 'subject-moved',
  orderId: 'order-1',
  orderType,
  owningForce,
  toForce,
  fromForce,
});
const transferred = (fromForce: string, owningForce: string, alertedBefore: string[] = []): AlertTrigger => ({
  kind: 'order-transferred',
  orderId: 'order-1',
  owningForce,
  fromForce,
  alertedBefore,
});

describe('breach recorded: the owning force, the force where it happened and that force’s neighbours', () => {
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
    expect(reasonsOf(breach('kent', 'sussex'))).toEqual({
      kent: "Breach of an order owned by Kent Police (your force), recorded in Sussex Police's area.",
      sussex: "Breach of an order owned by Kent Police, recorded in Sussex Police's area (your force).",
      hampshire: "Breach of an order owned by Kent Police, recorded in Sussex Police's area (a neighbouring force).",
      surrey: "Breach of an order owned by Kent Police, recorded in Sussex Police's area (a neighbouring force).",
    });
    expect(alertRecipients(breach('kent', 'kent'))[0].reason).toBe('Breach of an order owned by Kent Police (your force), recorded in your area.');
  });
});

describe('order made: the owning force, the force where the subject lives, and the neighbours of both', () => {
  it('where the subject lives is not known: the owner and its land neighbours', () => {
    given(made('kent')).then([
      { force: 'kent', why: 'owning-force' },
      { force: 'met', why: 'neighbour-of-owning-force' },
      { force: 'surrey', why: 'neighbour-of-owning-force' },
      { force: 'sussex', why: 'neighbour-of-owning-force' },
    ]);
  });

  it('the subject lives in another force area: that force and its neighbours hear too', () => {
    given(made('kent', { addressForce: 'cumbria' })).then([
      { force: 'cumbria', why: 'address-force' },
      { force: 'durham', why: 'neighbour-of-address-force' },
      { force: 'kent', why: 'owning-force' },
      { force: 'lancashire', why: 'neighbour-of-address-force' },
      { force: 'met', why: 'neighbour-of-owning-force' },
      { force: 'north-yorkshire', why: 'neighbour-of-address-force' },
      { force: 'northumbria', why: 'neighbour-of-address-force' },
      { force: 'police-scotland', why: 'neighbour-of-address-force' },
      { force: 'surrey', why: 'neighbour-of-owning-force' },
      { force: 'sussex', why: 'neighbour-of-owning-force' },
    ]);
  });

  it('a force bordering both hears once, as a neighbour of where the subject lives', () => {
    given(made('kent', { addressForce: 'sussex' })).then([
      { force: 'hampshire', why: 'neighbour-of-address-force' },
      { force: 'kent', why: 'owning-force' },
      { force: 'met', why: 'neighbour-of-owning-force' },
      { force: 'surrey', why: 'neighbour-of-address-force' },
      { force: 'sussex', why: 'address-force' },
    ]);
  });

  it('the subject lives in the owner’s own area: the owner and its neighbours, once each', () => {
    expect(alertRecipients(made('kent', { addressForce: 'kent' })).map((r) => r.force)).toEqual(['kent', 'met', 'surrey', 'sussex']);
  });

  it('says from each side where the subject lives', () => {
    expect(reasonsOf(made('kent', { addressForce: 'sussex' }))).toEqual({
      kent: "New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police (your force), whose subject lives in Sussex Police's area.",
      sussex: 'New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police, whose subject lives in your area.',
      hampshire: "New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police, whose subject lives in Sussex Police's area (a neighbouring force).",
      surrey: "New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police, whose subject lives in Sussex Police's area (a neighbouring force).",
      met: "New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police (a neighbouring force), whose subject lives in Sussex Police's area.",
    });
    expect(reasonsOf(made('kent', { addressForce: 'kent' })).kent).toBe(
      'New Slavery and Trafficking Prevention Order (STPO) made, owned by Kent Police (your force), whose subject lives in your area.',
    );
  });

  it('by Cumbria crosses the border to Police Scotland', () => {
    expect(alertRecipients(made('cumbria'))).toContainEqual(expect.objectContaining({ force: 'police-scotland', why: 'neighbour-of-owning-force' }));
  });

  it('by PSNI, subject’s home unknown, alerts only PSNI', () => {
    given(made('psni', { orderType: 'NI_STPO' })).then([{ force: 'psni', why: 'owning-force' }]);
  });

  it('names the order type in full and falls back to plain "order" for a type it does not know', () => {
    const [kent] = alertRecipients(made('kent', { orderType: 'INTERIM_STRO' }));
    expect(kent.reason).toBe('New interim Slavery and Trafficking Risk Order (STRO) made, owned by Kent Police (your force).');
    const [, met] = alertRecipients(made('kent', { orderType: 'Jan Kowalski' }));
    expect(met.reason).toBe('New order made, owned by Kent Police (a neighbouring force).');
  });
});

describe('a Scottish or Northern Irish order whose subject lives in England and Wales: that force and its neighbours (R34-R37)', () => {
  it('a TEPO of Police Scotland whose subject lives in Cumbria alerts Cumbria and its neighbours, saying it is a Scottish order', () => {
    const tepo = made('police-scotland', { orderType: 'TEPO', addressForce: 'cumbria' });
    given(tepo).then([
      { force: 'cumbria', why: 'address-force' },
      { force: 'durham', why: 'neighbour-of-address-force' },
      { force: 'lancashire', why: 'neighbour-of-address-force' },
      { force: 'north-yorkshire', why: 'neighbour-of-address-force' },
      { force: 'northumbria', why: 'neighbour-of-address-force' },
      { force: 'police-scotland', why: 'owning-force' },
    ]);
    const reasons = reasonsOf(tepo);
    expect(reasons.cumbria).toBe('New Trafficking and Exploitation Prevention Order (TEPO) made, owned by Police Scotland: a Scottish order whose subject lives in your area.');
    expect(reasons.lancashire).toBe(
      "New Trafficking and Exploitation Prevention Order (TEPO) made, owned by Police Scotland: a Scottish order whose subject lives in Cumbria Constabulary's area (a neighbouring force).",
    );
    expect(reasons['police-scotland']).toBe(
      "New Trafficking and Exploitation Prevention Order (TEPO) made, owned by Police Scotland (your force): a Scottish order whose subject lives in Cumbria Constabulary's area.",
    );
  });

  it('an NI STPO of PSNI whose subject lives in Merseyside alerts Merseyside and its neighbours, saying it is a Northern Irish order', () => {
    const ni = made('psni', { orderType: 'NI_STPO', addressForce: 'merseyside' });
    given(ni).then([
      { force: 'cheshire', why: 'neighbour-of-address-force' },
      { force: 'greater-manchester', why: 'neighbour-of-address-force' },
      { force: 'lancashire', why: 'neighbour-of-address-force' },
      { force: 'merseyside', why: 'address-force' },
      { force: 'psni', why: 'owning-force' },
    ]);
    expect(reasonsOf(ni).merseyside).toBe(
      'New Northern Ireland Slavery and Trafficking Prevention Order (STPO) made, owned by Police Service of Northern Ireland: a Northern Irish order whose subject lives in your area.',
    );
  });

  it.each(['INTERIM_TEPO', 'TERO', 'INTERIM_TERO', 'NI_INTERIM_STPO'])('a %s whose subject lives in Kent says where it was made', (orderType) => {
    const owner = orderType.startsWith('NI_') ? 'psni' : 'police-scotland';
    expect(reasonsOf(made(owner, { orderType, addressForce: 'kent' })).kent).toMatch(/: a (Scottish|Northern Irish) order whose subject lives in your area\.$/);
  });

  it('a Scottish order whose subject lives in Scotland reads as any other', () => {
    expect(reasonsOf(made('police-scotland', { orderType: 'TEPO', addressForce: 'police-scotland' }))['police-scotland']).toBe(
      'New Trafficking and Exploitation Prevention Order (TEPO) made, owned by Police Scotland (your force), whose subject lives in your area.',
    );
  });

  it('the subject of a TERO notifies an address in Northumbria: Northumbria and its neighbours hear it is a Scottish order', () => {
    const move = moved('police-scotland', 'northumbria', null, 'TERO');
    given(move).then([
      { force: 'cumbria', why: 'neighbour-of-address-force' },
      { force: 'durham', why: 'neighbour-of-address-force' },
      { force: 'northumbria', why: 'new-address-force' },
      { force: 'police-scotland', why: 'owning-force' },
    ]);
    expect(reasonsOf(move).northumbria).toBe(
      'The subject of a Trafficking and Exploitation Risk Order (TERO), a Scottish order owned by Police Scotland, has notified a home address in your area.',
    );
    expect(reasonsOf(move).durham).toBe(
      "The subject of a Trafficking and Exploitation Risk Order (TERO), a Scottish order owned by Police Scotland, has notified a home address in Northumbria Police's area (a neighbouring force).",
    );
  });
});

describe('foreign-travel prohibition made or varied: the owning force and British Transport Police', () => {
  it('an order made with a travel ban alerts BTP beside the owner and its neighbours', () => {
    given(made('kent', { travelBan: true })).then([
      { force: 'btp', why: 'travel-ban' },
      { force: 'kent', why: 'owning-force' },
      { force: 'met', why: 'neighbour-of-owning-force' },
      { force: 'surrey', why: 'neighbour-of-owning-force' },
      { force: 'sussex', why: 'neighbour-of-owning-force' },
    ]);
    expect(reasonsOf(made('kent', { travelBan: true })).btp).toBe(
      'New Slavery and Trafficking Prevention Order (STPO) made, with a foreign travel prohibition, owned by Kent Police; your force hears of every foreign travel prohibition.',
    );
  });

  it('a variation adding a travel ban alerts BTP, and says so to everyone', () => {
    given(varied('kent', ['kent', 'met'], { travelBan: true })).then([
      { force: 'btp', why: 'travel-ban' },
      { force: 'kent', why: 'owning-force' },
      { force: 'met', why: 'alerted-before' },
    ]);
    expect(reasonsOf(varied('kent', ['kent'], { travelBan: true })).kent).toBe('Variation, adding a foreign travel prohibition, of an order owned by Kent Police (your force).');
  });

  it('BTP alerted before about the order hears of the new ban as a travel ban', () => {
    expect(alertRecipients(varied('kent', ['btp', 'kent'], { travelBan: true }))).toContainEqual(expect.objectContaining({ force: 'btp', why: 'travel-ban' }));
  });

  it('no travel ban, no BTP', () => {
    expect(alertRecipients(made('kent')).map((r) => r.force)).not.toContain('btp');
    expect(alertRecipients(varied('kent', ['kent'])).map((r) => r.force)).not.toContain('btp');
  });
});

describe('order varied, renewed, transferred or ended: the owning force and every force alerted about it before', () => {
  const before = ['cumbria', 'hampshire', 'kent', 'surrey', 'sussex'];

  it('a variation alerts the owner and those alerted before, not the owner’s other neighbours', () => {
    given(varied('sussex', before)).then([
      { force: 'cumbria', why: 'alerted-before' },
      { force: 'hampshire', why: 'alerted-before' },
      { force: 'kent', why: 'alerted-before' },
      { force: 'surrey', why: 'alerted-before' },
      { force: 'sussex', why: 'owning-force' },
    ]);
  });

  it('says why to each: a renewal, a variation on appeal; the forces alerted before are told so', () => {
    expect(reasonsOf(varied('sussex', before, { how: 'renewed' }))).toMatchObject({
      sussex: 'Renewal of an order owned by Sussex Police (your force).',
      cumbria: 'Renewal of an order owned by Sussex Police; your force was alerted about this order before.',
    });
    expect(reasonsOf(varied('sussex', before, { how: 'varied-on-appeal' })).kent).toBe(
      'Variation on appeal of an order owned by Sussex Police; your force was alerted about this order before.',
    );
  });

  it('with no force alerted before (an order routed before the inbox kept them), the owner alone', () => {
    given(varied('sussex', [])).then([{ force: 'sussex', why: 'owning-force' }]);
  });

  it.each([
    ['discharged', 'Discharge'],
    ['expired', 'Expiry'],
    ['quashed', 'Quashing on appeal'],
    ['superseded', 'Supersession by a later order'],
    ['interim-ended', 'End, on determination of the main application,'],
  ] as const)('an order %s alerts the owner and those alerted before', (how, words) => {
    given(ended('met', how, ['city-of-london', 'met', 'essex'])).then([
      { force: 'city-of-london', why: 'alerted-before' },
      { force: 'essex', why: 'alerted-before' },
      { force: 'met', why: 'owning-force' },
    ]);
    expect(reasonsOf(ended('met', how, ['essex']))).toEqual({
      met: `${words} of an order owned by Metropolitan Police Service (your force).`,
      essex: `${words} of an order owned by Metropolitan Police Service; your force was alerted about this order before.`,
    });
  });

  it('a transfer alerts the new owner, the force that gave it up and those alerted before', () => {
    given(transferred('kent', 'cumbria', ['kent', 'met', 'surrey', 'sussex'])).then([
      { force: 'cumbria', why: 'owning-force' },
      { force: 'kent', why: 'previous-owning-force' },
      { force: 'met', why: 'alerted-before' },
      { force: 'surrey', why: 'alerted-before' },
      { force: 'sussex', why: 'alerted-before' },
    ]);
    expect(reasonsOf(transferred('kent', 'cumbria', ['kent', 'met']))).toEqual({
      cumbria: 'Management of an order moved from Kent Police to Cumbria Constabulary (your force).',
      kent: 'Management of an order moved from Kent Police (your force) to Cumbria Constabulary.',
      met: 'Management of an order moved from Kent Police to Cumbria Constabulary; your force was alerted about this order before.',
    });
  });
});

describe('a new address notified in another force area (subject-moved): the new force and its neighbours, the previous force, the owning force', () => {
  test('a Kent order’s subject moves from Sussex to Lancashire (R18)', () => {
    given(moved('kent', 'lancashire', 'sussex')).then([
      { force: 'cumbria', why: 'neighbour-of-address-force' },
      { force: 'greater-manchester', why: 'neighbour-of-address-force' },
      { force: 'kent', why: 'owning-force' },
      { force: 'lancashire', why: 'new-address-force' },
      { force: 'merseyside', why: 'neighbour-of-address-force' },
      { force: 'north-yorkshire', why: 'neighbour-of-address-force' },
      { force: 'sussex', why: 'previous-address-force' },
      { force: 'west-yorkshire', why: 'neighbour-of-address-force' },
    ]);
    expect(reasonsOf(moved('kent', 'lancashire', 'sussex'))).toMatchObject({
      lancashire: "The subject of an order owned by Kent Police has notified a home address in your area, moving from Sussex Police's area.",
      cumbria: "The subject of an order owned by Kent Police has notified a home address in Lancashire Constabulary's area (a neighbouring force), moving from Sussex Police's area.",
      sussex: "The subject of an order owned by Kent Police has notified a home address in Lancashire Constabulary's area, moving from your area.",
      kent: "The subject of an order owned by Kent Police (your force) has notified a home address in Lancashire Constabulary's area, moving from Sussex Police's area.",
    });
  });

  test('the area left borders the new one: it hears as the area left', () => {
    expect(alertRecipients(moved('kent', 'surrey', 'sussex'))).toContainEqual(expect.objectContaining({ force: 'sussex', why: 'previous-address-force' }));
  });

  test('a first address, with none known before, alerts the owner, the new area and its neighbours', () => {
    expect(alertRecipients(moved('kent', 'kent', null)).map((r) => [r.force, r.why])).toEqual([
      ['kent', 'owning-force'],
      ['met', 'neighbour-of-address-force'],
      ['surrey', 'neighbour-of-address-force'],
      ['sussex', 'neighbour-of-address-force'],
    ]);
  });

  test('an STPO’s subject moving into Scotland reads as any move', () => {
    expect(reasonsOf(moved('cumbria', 'police-scotland', 'cumbria'))['police-scotland']).toBe(
      "The subject of an order owned by Cumbria Constabulary has notified a home address in your area, moving from Cumbria Constabulary's area.",
    );
  });
});

describe('notification overdue: the owning force', () => {
  test('alerts the owning force only, naming the deadline', () => {
    const [only, ...rest] = alertRecipients({ kind: 'notification-overdue', orderId: 'o', owningForce: 'met', dueBy: '2026-11-20' });
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ force: 'met', why: 'owning-force' });
    expect(only.reason).toContain('2026-11-20');
  });
});

describe('unknown force codes', () => {
  it.each<AlertTrigger>([
    made('garda'),
    made('kent', { addressForce: 'atlantis' }),
    varied('Kent', []),
    varied('kent', ['nowhere']),
    ended('', 'expired'),
    moved('kent', 'narnia', null),
    transferred('kent', 'sussex', ['x']),
    breach('kent', 'nowhere'),
    breach('nowhere', 'kent'),
  ])('are a programming error: %o', (trigger) => {
    expect(() => alertRecipients(trigger)).toThrow(UnknownForceError);
  });
});

describe('for every force', () => {
  const triggers = FORCES.flatMap(({ code }): AlertTrigger[] => [
    made(code),
    made(code, { travelBan: true }),
    varied(code, ['kent', 'btp'], { travelBan: true }),
    ended(code, 'discharged', ['cumbria']),
    transferred('kent', code, ['met']),
    ...FORCES.map((other) => breach(code, other.code)),
    ...FORCES.map((other) => made(code, { orderType: 'TEPO', addressForce: other.code })),
    ...FORCES.map((other) => moved(code, other.code, 'kent', 'NI_STPO')),
  ]);
  const names = FORCES.map((force) => force.name);

  it('lists each recipient once, sorted by code, with the trigger’s kind, the owner as owner', () => {
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
      for (const r of alertRecipients(trigger)) {
        if (r.why === 'neighbour-of-owning-force') expect(neighboursOf(trigger.owningForce)).toContain(r.force);
        if (r.why === 'neighbour-of-location-force' && trigger.kind === 'breach-recorded') expect(neighboursOf(trigger.locationForce)).toContain(r.force);
        if (r.why === 'neighbour-of-address-force') {
          const home = trigger.kind === 'order-made' ? trigger.addressForce : trigger.kind === 'subject-moved' ? trigger.toForce : null;
          expect(neighboursOf(home ?? '')).toContain(r.force);
        }
      }
    }
  });

  it('alerts BTP as such only of a travel ban', () => {
    for (const trigger of triggers) {
      const travelBan = (trigger.kind === 'order-made' || trigger.kind === 'order-varied') && trigger.travelBan;
      expect(alertRecipients(trigger).some((r) => r.why === 'travel-ban')).toBe(travelBan && trigger.owningForce !== 'btp');
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

describe('alerts the clock raises', () => {
  test('an order expiring soon alerts the owning force only, naming its last day in words', () => {
    expect(alertRecipients({ kind: 'expiring-soon', orderId: 'o', owningForce: 'kent', lastDay: '2027-03-14' })).toEqual([
      { force: 'kent', kind: 'expiring-soon', why: 'owning-force', reason: 'An order owned by Kent Police (your force) ends after 14 March 2027 unless it is renewed.' },
    ]);
  });
});
