import { StorTestApp } from './support/stor-app.js';
import { anOrder, CAR_WASHES, NAMED_PERSONS, prohibitionIdsOf, readOrder, recordBreach, recordOrder } from './support/stor-steps.js';
import { textOf, WebSession } from './support/web-session.js';

let stor: StorTestApp;
let kentToken: string;
let kent: WebSession;

beforeAll(async () => {
  stor = await StorTestApp.start();
  kentToken = await stor.token({ role: 'order-manager', force: 'kent' });
  kent = await WebSession.signIn(stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'DS Priya Shah' });
});

afterAll(async () => {
  await stor?.stop();
});

async function kentOrder(surname: string): Promise<{ orderId: string; prohibitionIds: string[] }> {
  const made = await recordOrder(stor, kentToken, anOrder({ subject: { surname }, prohibitions: [{ text: CAR_WASHES, until: null }, { text: NAMED_PERSONS, until: '2031-03-14' }] }));
  const order = await readOrder(stor, kentToken, made.orderId, made.position);
  return { orderId: made.orderId, prohibitionIds: prohibitionIdsOf(order) };
}

/** The order page as the Kent order manager reads it after a change. */
async function orderPage(orderId: string, recorded?: string): Promise<string> {
  const page = await kent.get(`/orders/${orderId}${recorded ? `?recorded=${recorded}` : ''}`);
  expect(page.status).toBe(200);
  return textOf(page.html);
}

/** Sent back to the order page with the banner for what was recorded (and the log position to wait for). */
function expectRecorded(answer: { status: number; location: string | null }, orderId: string, kind: string): void {
  expect(answer.status).toBe(303);
  expect(answer.location).toMatch(new RegExp(`^/orders/${orderId}\\?recorded=${kind}&position=\\d+$`));
}

const day = (name: string, iso: string) => {
  const [year, month, dayOfMonth] = iso.split('-');
  return { [`${name}-day`]: dayOfMonth, [`${name}-month`]: month, [`${name}-year`]: year };
};

describe('changing an order through its forms, as the owning force’s order manager', () => {
  test('a notification of names and address is recorded and shown on the order', async () => {
    const { orderId } = await kentOrder('Adamski');
    const answer = await kent.submit(`/orders/${orderId}/notifications`, {
      ...day('notifiedOn', '2026-11-20'),
      names: 'Jan Adamski\nJohn Adams',
      'address-line1': '12 Station Road, Hastings',
      'address-postcode': 'TN34 1AA',
      'address-force': 'sussex',
    });
    expectRecorded(answer, orderId, 'notification');
    const page = await orderPage(orderId, 'notification');
    expect(page).toContain('Notification recorded');
    expect(page).toContain('Notified on 20 November 2026: Jan Adamski, John Adams; 12 Station Road, Hastings, TN34 1AA (Sussex Police)');
    expect(page).toContain('The subject notified their names and home address on 20 November 2026.');
  });

  test('a variation removes one prohibition and adds another; one shorter than the law allows is refused in words', async () => {
    const { orderId, prohibitionIds } = await kentOrder('Bak');
    const tooShort = await kent.submit(`/orders/${orderId}/variations`, {
      court: 'Maidstone Crown Court',
      ...day('variedOn', '2026-01-10'),
      'addProhibitions-0-text': 'Must not own a vehicle registered to another person',
      ...day('addProhibitions-0-until', '2027-01-10'),
    });
    expect(tooShort.status).toBe(422);
    expect(textOf(tooShort.html)).toContain('A prohibition in a prevention order must last at least 5 years, or until further order (unless it is a foreign travel ban). (rule R9)');
    expect(tooShort.html).toContain('href="#addProhibitions-0-until-day"');

    const answer = await kent.submit(`/orders/${orderId}/variations`, {
      court: 'Maidstone Crown Court',
      ...day('variedOn', '2026-01-10'),
      removeProhibitionIds: prohibitionIds[0],
      'addProhibitions-0-text': 'Must not own a vehicle registered to another person',
    });
    expectRecorded(answer, orderId, 'variation');
    const page = await orderPage(orderId);
    expect(page).toContain('Must not own a vehicle registered to another person — until further order');
    expect(page).toMatch(/Prohibitions ended .*Must not enter any car wash premises — Removed or ended, no longer in force from 10 January 2026/);
    expect(page).toContain('Order varied by Maidstone Crown Court on 10 January 2026: 1 prohibition added, 1 prohibition removed.');
  });

  test('a variation adds a foreign travel ban: bad country codes and an open-ended ban are refused against their fields, a fixed ban to named countries is recorded', async () => {
    const { orderId } = await kentOrder('Wrona');
    const travelBan = {
      court: 'Maidstone Crown Court',
      ...day('variedOn', '2026-02-01'),
      'addProhibitions-0-text': 'Must not travel to France or Romania',
      'addProhibitions-0-foreignTravel-scope': 'named-countries',
    };
    const badCodes = await kent.submit(`/orders/${orderId}/variations`, { ...travelBan, ...day('addProhibitions-0-until', '2028-02-01'), 'addProhibitions-0-foreignTravel-countries': 'France' });
    expect(badCodes.status).toBe(400);
    expect(badCodes.html).toContain('href="#addProhibitions-0-foreignTravel-countries"');

    const openEnded = await kent.submit(`/orders/${orderId}/variations`, { ...travelBan, 'addProhibitions-0-foreignTravel-countries': 'FR, RO' });
    expect(openEnded.status).toBe(422);
    expect(textOf(openEnded.html)).toContain('(rule R11)');

    const answer = await kent.submit(`/orders/${orderId}/variations`, { ...travelBan, ...day('addProhibitions-0-until', '2028-02-01'), 'addProhibitions-0-foreignTravel-countries': 'fr ro' });
    expectRecorded(answer, orderId, 'variation');
    expect(await orderPage(orderId)).toContain('Must not travel to France or Romania — until 1 February 2028');
  });

  test('a discharge with both consents ends the order, which then says why and offers no more variations', async () => {
    const { orderId } = await kentOrder('Ostrowski');
    const answer = await kent.submit(`/orders/${orderId}/discharge`, { ...day('dischargedOn', '2026-11-20'), consent: ['subject', 'chiefOfficer'] });
    expectRecorded(answer, orderId, 'discharge');
    const page = await kent.get(answer.location as string);
    expect(textOf(page.html)).toContain('Ended: discharged by a court');
    expect(textOf(page.html)).toContain('In force until Not in force');
    expect(textOf(page.html)).toContain('Order discharged by Maidstone Crown Court on 20 November 2026.');
    expect(page.html).not.toContain('Record a variation');
  });

  test('a renewal gives a prohibition a new last day', async () => {
    const { orderId } = await kentOrder('Cieslak');
    const form = await kent.get(`/orders/${orderId}/renewals`);
    expect(textOf(form.html)).toContain(`New last day: ${NAMED_PERSONS}`);
    const answer = await kent.submit(`/orders/${orderId}/renewals`, { court: 'Maidstone Crown Court', ...day('renewedOn', '2026-11-01'), ...day('renew-1-until', '2036-03-14') }, form.html);
    expectRecorded(answer, orderId, 'renewal');
    expect(await orderPage(orderId)).toContain(`${NAMED_PERSONS} — until 14 March 2036`);

    const both = await kent.submit(`/orders/${orderId}/renewals`, { ...day('renewedOn', '2026-11-20'), ...day('renew-1-until', '2037-03-14'), 'renew-1-furtherOrder': 'yes' });
    expect(both.status).toBe(400);
    expect(textOf(both.html)).toContain('Enter a new last day or tick until further order, not both');
    expectRecorded(await kent.submit(`/orders/${orderId}/renewals`, { ...day('renewedOn', '2026-11-20'), 'renew-1-furtherOrder': 'yes' }), orderId, 'renewal');
    expect(await orderPage(orderId)).toContain(`${NAMED_PERSONS} — until further order`);
  });

  test('an appeal is lodged, then dismissed', async () => {
    const { orderId } = await kentOrder('Dabrowski');
    expect(await kent.submit(`/orders/${orderId}/appeals`, { court: 'Canterbury Crown Court', ...day('lodgedOn', '2025-04-01') })).toMatchObject({ status: 303 });
    const waiting = await kent.get(`/orders/${orderId}`);
    expect(textOf(waiting.html)).toContain('Lodged at Canterbury Crown Court on 1 April 2025: waiting for a decision');
    const outcomeLink = /href="(\/orders\/[^"]+\/appeals\/[^"]+\/outcome)"/.exec(waiting.html)?.[1] as string;
    const empty = await kent.submit(outcomeLink, {});
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('href="#outcome"');
    expectRecorded(await kent.submit(outcomeLink, { outcome: 'dismissed', ...day('decidedOn', '2025-06-01') }), orderId, 'appeal-outcome');
    const page = await orderPage(orderId);
    expect(page).toContain('Lodged at Canterbury Crown Court on 1 April 2025: dismissed on 1 June 2025');
    expect(page).toContain('Appeal decided on 1 June 2025: dismissed.');
  });

  test('a transfer moves management to another force, after which Kent is offered no more changes', async () => {
    const { orderId } = await kentOrder('Grabowski');
    expect(await kent.submit(`/orders/${orderId}/transfer`, { toForce: 'sussex', ...day('transferredOn', '2026-11-20') })).toMatchObject({ status: 303 });
    const page = await kent.get(`/orders/${orderId}`);
    expect(textOf(page.html)).toContain('Managed by Sussex Police');
    expect(page.html).not.toContain('Record a discharge');
    expect(textOf(page.html)).toContain('Management moved from Kent Police to Sussex Police on 20 November 2026.');
  });

  test('a breach outcome is recorded against the breach', async () => {
    const { orderId, prohibitionIds } = await kentOrder('Jankowski');
    const breach = await recordBreach(stor, kentToken, orderId, { occurredOn: '2026-11-01', locationForce: 'kent', prohibitionIds: [prohibitionIds[0]] });
    expect(breach.status).toBe(201);
    const path = `/orders/${orderId}/breaches/${breach.body.breachId}/outcome`;
    const refused = await kent.submit(path, { outcome: 'convicted', ...day('decidedOn', '2026-11-10'), 'sentence-kind': 'conditional-discharge', 'sentence-court': 'magistrates' });
    expect(refused.status).toBe(422);
    expect(textOf(refused.html)).toContain('A conditional discharge cannot be given for breaching an order. (rule R33)');
    expectRecorded(await kent.submit(path, { outcome: 'charged', ...day('decidedOn', '2026-11-10') }), orderId, 'breach-outcome');
    expect(await orderPage(orderId)).toContain('Charged on 10 November 2026');
  });
});

describe('corrections, the only way a record or a person’s particulars change without a court', () => {
  test('a court name mistyped is corrected with a reason, and the timeline says so', async () => {
    const { orderId } = await kentOrder('Nowicki');
    const nothing = await kent.submit(`/orders/${orderId}/corrections`, { reason: 'Checked against the court order', ...day('correctedOn', '2026-11-23') });
    expect(nothing.status).toBe(422);
    expect(nothing.html).toContain('href="#changes-court"');
    const answer = await kent.submit(`/orders/${orderId}/corrections`, {
      reason: 'Court name mistyped from the order',
      ...day('correctedOn', '2026-11-23'),
      'changes-court': 'Canterbury Crown Court',
    });
    expectRecorded(answer, orderId, 'correction');
    const page = await kent.get(answer.location as string);
    expect(textOf(page.html)).toContain('Correction recorded');
    expect(textOf(page.html)).toContain('Court Canterbury Crown Court');
    expect(textOf(page.html)).toContain('Record corrected on 23 November 2026: Court name mistyped from the order.');
  });

  test('the subject’s surname and aliases are corrected on the subject, and the order shows the corrected name', async () => {
    const { orderId } = await kentOrder('Kowalsky');
    const form = await kent.get(`/orders/${orderId}/corrections/subject`);
    expect(form.html).toContain('value="Kowalsky"');
    const badPnc = await kent.submit(`/orders/${orderId}/corrections/subject`, { reason: 'PNC ID from the court record', 'changes-pncId': '2001/0012345A' }, form.html);
    expect(badPnc.status).toBe(400);
    expect(badPnc.html).toContain('href="#changes-pncId"');
    const answer = await kent.submit(
      `/orders/${orderId}/corrections/subject`,
      { reason: 'Surname misspelt at entry; the court record reads Kowalski', 'changes-surname': 'Kowalski', 'changes-aliases': 'KOWAL, John' },
      form.html,
    );
    expectRecorded(answer, orderId, 'subject-correction');
    const page = textOf((await kent.get(answer.location as string)).html);
    expect(page).toContain('Name Jan KOWALSKI');
    expect(page).toContain('Aliases John KOWAL');
  });
});

describe('who may read an order page', () => {
  test('a ROCU analyst of another region is refused the order as a page (403), one of the region reads it with its timeline', async () => {
    const { orderId } = await kentOrder('Pietrzak');
    const elsewhere = await WebSession.signIn(stor.baseUrl, { role: 'rocu', region: 'south-west', name: 'Analyst Lee' });
    const refused = await elsewhere.get(`/orders/${orderId}`);
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain('This order touches no force of your region.');
    const eastern = await WebSession.signIn(stor.baseUrl, { role: 'rocu', region: 'eastern', name: 'Analyst Rao' });
    const read = await eastern.get(`/orders/${orderId}`);
    expect(read.status).toBe(200);
    expect(textOf(read.html)).toContain('Order made by Maidstone Crown Court on 14 March 2025');
    expect(read.html).not.toContain('Record a breach');
  });
});

describe('the audit trail of the order pages', () => {
  test('reading an order page and recording a change through a form are audited with who, the order and the subject', async () => {
    const { orderId } = await kentOrder('Rutkowski');
    const reader = await WebSession.signIn(stor.baseUrl, { role: 'order-manager', force: 'kent', name: 'DC Audit Reader' });
    expect((await reader.get(`/orders/${orderId}`)).status).toBe(200);
    expect((await reader.submit(`/orders/${orderId}/appeals`, { court: 'Canterbury Crown Court', ...day('lodgedOn', '2025-04-01') })).status).toBe(303);
    const auditor = await stor.token({ role: 'auditor', name: 'Auditor Ames' });
    const trail = await stor.request('GET', '/api/audit?limit=1000', { token: auditor });
    expect(trail.status).toBe(200);
    const subjectId = (await readOrder(stor, kentToken, orderId)).subject.subjectId;
    const entries = (trail.body.entries as { action: string; actor: { name: string }; orderId: string | null; subjectIds: string[]; status: number }[]).filter(
      (entry) => entry.actor.name === 'DC Audit Reader',
    );
    expect(entries).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'GET /orders/:orderId', orderId, subjectIds: [subjectId], status: 200 }),
        expect.objectContaining({ action: 'POST /orders/:orderId/appeals', orderId, status: 303 }),
      ]),
    );
  });
});

describe('passports under a ban on travel to all countries (R12)', () => {
  test('passports surrendered are held, then returned once the ban has ended', async () => {
    const made = await recordOrder(
      stor,
      kentToken,
      anOrder({
        subject: { surname: 'Olszewski' },
        madeOn: '2025-03-14',
        prohibitions: [
          { text: CAR_WASHES, until: null },
          { text: 'Must not travel to any country outside the United Kingdom', until: '2026-03-13', foreignTravel: { scope: 'all', countries: [] } },
        ],
        passportSurrender: { policeStation: 'Maidstone Police Station', dueOn: '2025-03-21' },
      }),
    );
    const orderId = made.orderId;
    await readOrder(stor, kentToken, orderId, made.position);
    const empty = await kent.submit(`/orders/${orderId}/passports/surrendered`, { ...day('surrenderedOn', '2025-03-20') });
    expect(empty.status).toBe(400);
    expect(empty.html).toContain('href="#passports"');
    expectRecorded(await kent.submit(`/orders/${orderId}/passports/surrendered`, { ...day('surrenderedOn', '2025-03-20'), passports: 'GBR 123456789\nPOL EA1234567' }), orderId, 'passports-surrendered');
    const held = await kent.get(`/orders/${orderId}`);
    expect(textOf(held.html)).toContain('Passports held GBR 123456789 POL EA1234567');
    expect(held.html).toContain('Record passports returned');

    expectRecorded(await kent.submit(`/orders/${orderId}/passports/returned`, { ...day('returnedOn', '2026-03-20'), passports: 'GBR 123456789', returnedTo: 'subject' }), orderId, 'passports-returned');
    const after = textOf((await kent.get(`/orders/${orderId}`)).html);
    expect(after).toContain('Passports held POL EA1234567');
    expect(after).toContain('1 passport returned on 20 March 2026.');
  });
});

describe('forms that were opened before a change, or sent twice', () => {
  test('a form opened before the order changed says so, with a link to reload it, and records nothing', async () => {
    const { orderId, prohibitionIds } = await kentOrder('Kaminski');
    const opened = await kent.get(`/orders/${orderId}/discharge`);
    expect((await recordBreach(stor, kentToken, orderId, { occurredOn: '2026-11-01', locationForce: 'kent', prohibitionIds: [prohibitionIds[0]] })).status).toBe(201);
    const stale = await kent.submit(`/orders/${orderId}/discharge`, { court: 'Maidstone Crown Court', ...day('dischargedOn', '2026-11-20'), consent: ['subject', 'chiefOfficer'] }, opened.html);
    expect(stale.status).toBe(409);
    expect(textOf(stale.html)).toContain('This order has changed since you opened the form.');
    expect(stale.html).toContain(`href="/orders/${orderId}/discharge"`);
    const page = textOf((await kent.get(`/orders/${orderId}`)).html);
    expect(page).toContain('In force');
    expect(page).not.toContain('Order discharged');
  });

  test('a breach form sent twice records one breach', async () => {
    const { orderId, prohibitionIds } = await kentOrder('Lewandowski');
    const opened = await kent.get(`/orders/${orderId}/breaches`);
    const fields = { ...day('occurredOn', '2026-11-20'), locationForce: 'kent', description: 'Seen at a car wash', breached: prohibitionIds[0] };
    expect((await kent.submit(`/orders/${orderId}/breaches`, fields, opened.html)).status).toBe(303);
    const again = await kent.submit(`/orders/${orderId}/breaches`, fields, opened.html);
    expect(again.status).toBe(303);
    const page = await kent.get(again.location as string);
    expect(page.html.match(/class="govuk-summary-card stor-breach"/g)).toHaveLength(1);
    expect(textOf(page.html).match(/Breach on 20 November 2026 in the area of Kent Police recorded\./g)).toHaveLength(1);
  });

  test('input too long, mangled hidden fields or an unknown breach are answered as pages, never a server error', async () => {
    const { orderId } = await kentOrder('Mazur');
    const long = await kent.submit(`/orders/${orderId}/breaches`, { ...day('occurredOn', '2026-11-20'), locationForce: 'kent', description: 'x'.repeat(6000), breached: 'requirement:notification' });
    expect(long.status).toBe(400);
    expect(textOf(long.html)).toContain('What happened must be 5000 characters or fewer');
    expect(long.html).toContain('href="#description"');
    const mangled = await kent.submit(`/orders/${orderId}/transfer`, { toForce: 'nowhere', ...day('transferredOn', '2026-99-20'), _version: 'abc', _idempotencyKey: '\u0001' });
    expect(mangled.status).toBe(400);
    expect((await kent.get(`/orders/${orderId}/breaches/no-such-breach/outcome`)).status).toBe(404);
    expect((await kent.get(`/orders/${orderId}?asAt=2026-13-45`)).status).toBe(400);
    const repeated = await kent.get(`/orders/${orderId}?asAt=2026-01-01&asAt=x&recorded=constructor&recorded=breach`);
    expect(repeated.status).toBe(200);
    expect(textOf(repeated.html)).toContain('Shown as at 1 January 2026.');
    expect(textOf(repeated.html)).not.toContain('Success');
    expect((await kent.get(`/orders/${orderId}?position=1&position=x`)).status).toBe(200);
    expect((await kent.get(`/orders/${orderId}?position=abc`)).status).toBe(400);
  });
});
