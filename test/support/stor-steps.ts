import { expect } from '@jest/globals';
import type { StorResponse, StorTestApp } from './stor-app.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// ---------------------------------------------------------------------------------------------
// What an order manager types in

export interface ProhibitionInput {
  text: string;
  until: string | null;
  foreignTravel?: { scope: 'named-countries' | 'all-except' | 'all'; countries: string[] };
}

export interface SubjectInput {
  subjectId?: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  aliases?: { forenames: string; surname: string }[];
  pncId?: string | null;
  /** Where the subject lives when the order is made (optional). */
  address?: { line1: string; postcode: string; force: string };
}

/** The legal particulars of an order (R1, R2, R4-R7, R12, R15-R16, R26): optional in the v1 contract. */
export interface LegalInput {
  legalBasis?: string;
  applicant?: { kind: string; force?: string };
  notifiedForce?: string;
  qualifyingOffence?: { offence: string; outcome: string; decidedOn: string; jurisdiction: string };
  notificationRequired?: boolean;
  notifyTo?: string;
  passportSurrender?: { policeStation: string; dueOn: string };
  interimOrderId?: string;
}

export interface OrderInput extends LegalInput {
  type: string;
  owningForce: string;
  court: string;
  madeOn: string;
  servedOn?: string;
  subject: SubjectInput;
  prohibitions: ProhibitionInput[];
}

export const CAR_WASHES = 'Must not enter any car wash premises';
export const NAMED_PERSONS = 'Must not contact the persons named in the schedule';

/** An STPO made by Maidstone Crown Court on 14 March 2025, owned by Kent, until further order. */
export function anOrder(overrides: Partial<Omit<OrderInput, 'subject'>> & { subject?: Partial<SubjectInput> } = {}): OrderInput {
  const { subject, ...rest } = overrides;
  return {
    type: 'STPO',
    owningForce: 'kent',
    court: 'Maidstone Crown Court',
    madeOn: '2025-03-14',
    prohibitions: [{ text: CAR_WASHES, until: null }],
    ...rest,
    subject: { forenames: 'Jan', surname: 'Kowalski', dateOfBirth: '1980-05-02', aliases: [], pncId: null, ...subject },
  };
}

export interface Outcome {
  orderId: string;
  version: number;
  position: number;
  breachId?: string;
}

// ---------------------------------------------------------------------------------------------
// Assertions

/** The status, with the body shown when it is not the one expected. */
export function expectStatus(response: StorResponse, status: number): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
}

/** An RFC 9457 problem document with the given status. */
export function expectProblem(response: StorResponse, status: number): void {
  expectStatus(response, status);
  expect(response.contentType).toMatch(/^application\/problem\+json/);
  expect(response.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status, detail: expect.any(String) });
}

export function fieldsNamed(response: StorResponse): string[] {
  const errors = (response.body?.errors ?? []) as { field: string }[];
  return errors.map((error) => error.field);
}

/** 400, naming every field given. */
export function expectInvalid(response: StorResponse, ...fields: string[]): void {
  expectProblem(response, 400);
  for (const field of fields) expect(fieldsNamed(response)).toContain(field);
}

/** 422, naming the rule (and the field, when given). */
export function expectRefusedByRule(response: StorResponse, rule: string, field?: string): void {
  expectProblem(response, 422);
  expect(response.body.rule).toBe(rule);
  if (field) expect(fieldsNamed(response)).toContain(field);
}

/**
 * For afterAll: stops the app, then fails the file if any request in it got a 5xx, or an error
 * that was not a complete application/problem+json document.
 */
export async function stopAndCheckEveryResponse(stor: StorTestApp | undefined): Promise<void> {
  if (!stor) return;
  await stor.stop();
  expect(stor.contractBreaches()).toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Steps

export async function recordOrder(stor: StorTestApp, token: string, order: OrderInput, headers: Record<string, string> = {}): Promise<Outcome> {
  const response = await stor.request('POST', '/api/orders', { token, body: order, headers });
  expectStatus(response, 201);
  return response.body as Outcome;
}

/** GET /api/orders/{id}, waiting until the register has applied `position`. */
export async function readOrder(stor: StorTestApp, token: string, orderId: string, position?: number) {
  const response = await stor.request('GET', `/api/orders/${orderId}${position === undefined ? '' : `?position=${position}`}`, { token });
  expectStatus(response, 200);
  return response.body;
}

export function recordBreach(
  stor: StorTestApp,
  token: string,
  orderId: string,
  breach: { occurredOn: string; locationForce: string; description?: string; prohibitionIds?: string[]; requirements?: string[] },
  headers: Record<string, string> = {},
) {
  return stor.request('POST', `/api/orders/${orderId}/breaches`, {
    token,
    headers,
    body: { description: 'Seen working at a hand car wash on the high street', ...breach },
  });
}

export function vary(
  stor: StorTestApp,
  token: string,
  orderId: string,
  variation: {
    variedOn: string;
    addProhibitions?: ProhibitionInput[];
    removeProhibitionIds?: string[];
    court?: string;
    passportSurrender?: { policeStation: string; dueOn: string };
  },
  headers: Record<string, string> = {},
) {
  return stor.request('POST', `/api/orders/${orderId}/variations`, {
    token,
    headers,
    body: { court: 'Maidstone Crown Court', addProhibitions: [], removeProhibitionIds: [], ...variation },
  });
}

export function discharge(
  stor: StorTestApp,
  token: string,
  orderId: string,
  discharge: { dischargedOn: string; consent: { subject: boolean; chiefOfficer: boolean }; court?: string },
  headers: Record<string, string> = {},
) {
  return stor.request('POST', `/api/orders/${orderId}/discharge`, { token, headers, body: { court: 'Maidstone Crown Court', ...discharge } });
}

export interface Match {
  subjectId: string;
  forenames: string;
  surname: string;
  dateOfBirth: string | null;
  pncId: string | null;
  score: number;
  matchedOn: string[];
  activeOrders: {
    orderId: string;
    type: string;
    owningForce: string;
    prohibitions: { prohibitionId: string; text: string; until: string | null }[];
    expiresOn: string | null;
  }[];
}

/** GET /api/subjects/check with the given parameters; the response as it came. */
export function check(stor: StorTestApp, token: string, query: Record<string, string>, options: { knownBug?: string } = {}) {
  return stor.request('GET', `/api/subjects/check?${new URLSearchParams(query)}`, { token, ...options });
}

/** The matches of a check that must succeed. */
export async function matchesFor(stor: StorTestApp, token: string, query: Record<string, string>): Promise<Match[]> {
  const response = await check(stor, token, query);
  expectStatus(response, 200);
  return response.body.matches as Match[];
}

export interface Alert {
  alertId: string;
  kind: string;
  orderId: string;
  subjectId: string | null;
  breachId: string | null;
  eventId: string | null;
  eventType: string | null;
  raisedAt: string;
  reason: string;
  why: string;
  position: number;
}

/** A force's inbox, newest first, once the alerts have caught up with `position`. */
export async function inbox(stor: StorTestApp, token: string, force: string, position?: number): Promise<Alert[]> {
  const response = await stor.request('GET', `/api/forces/${force}/alerts${position === undefined ? '' : `?position=${position}`}`, { token });
  expectStatus(response, 200);
  return response.body.alerts as Alert[];
}

// ---------------------------------------------------------------------------------------------
// What a court decides later, and what the subject does (the law-*.e2e suites)

/** The ids of an order's prohibitions, in order, from GET /api/orders/{id}. */
export function prohibitionIdsOf(order: { prohibitions: { prohibitionId: string }[] }): string[] {
  return order.prohibitions.map((p) => p.prohibitionId);
}

export function renew(
  stor: StorTestApp,
  token: string,
  orderId: string,
  renewal: { renewedOn: string; prohibitions: { prohibitionId: string; until: string | null }[]; court?: string },
  headers: Record<string, string> = {},
) {
  return stor.request('POST', `/api/orders/${orderId}/renewals`, { token, headers, body: { court: 'Maidstone Crown Court', ...renewal } });
}

export function lodgeAppeal(stor: StorTestApp, token: string, orderId: string, appeal: { lodgedOn: string; court?: string }) {
  return stor.request('POST', `/api/orders/${orderId}/appeals`, { token, body: { court: 'Court of Appeal (Criminal Division)', ...appeal } });
}

export function decideAppeal(
  stor: StorTestApp,
  token: string,
  orderId: string,
  appealId: string,
  decision: {
    outcome: string;
    decidedOn: string;
    variation?: { addProhibitions: ProhibitionInput[]; removeProhibitionIds: string[]; passportSurrender?: { policeStation: string; dueOn: string } };
  },
) {
  return stor.request('POST', `/api/orders/${orderId}/appeals/${appealId}/outcome`, { token, body: decision });
}

export function notifyNameAndAddress(
  stor: StorTestApp,
  token: string,
  orderId: string,
  notification: { notifiedOn: string; changedOn?: string; names?: string[]; address: { line1?: string; postcode: string; force: string } },
) {
  const { names, address, ...rest } = notification;
  return stor.request('POST', `/api/orders/${orderId}/notifications`, {
    token,
    body: { names: names ?? ['Jan Kowalski'], address: { line1: '12 Station Road', ...address }, ...rest },
  });
}

export function transfer(stor: StorTestApp, token: string, orderId: string, details: { toForce: string; transferredOn: string }) {
  return stor.request('POST', `/api/orders/${orderId}/transfer`, { token, body: details });
}

export function correct(stor: StorTestApp, token: string, orderId: string, correction: { correctedOn: string; reason?: string; changes: Record<string, unknown> }) {
  return stor.request('POST', `/api/orders/${orderId}/corrections`, { token, body: { reason: 'Mistyped from the court record', ...correction } });
}

export function surrenderPassports(stor: StorTestApp, token: string, orderId: string, surrender: { surrenderedOn: string; passports: string[] }) {
  return stor.request('POST', `/api/orders/${orderId}/passports/surrendered`, { token, body: surrender });
}

export function returnPassports(stor: StorTestApp, token: string, orderId: string, giveBack: { returnedOn: string; passports: string[]; returnedTo?: 'subject' | 'issuing-authority' }) {
  return stor.request('POST', `/api/orders/${orderId}/passports/returned`, { token, body: giveBack });
}

export function recordBreachOutcome(
  stor: StorTestApp,
  token: string,
  orderId: string,
  breachId: string,
  outcome: { outcome: string; decidedOn: string; sentence?: { kind: string; months?: number; court: string } },
) {
  return stor.request('POST', `/api/orders/${orderId}/breaches/${breachId}/outcome`, { token, body: outcome });
}

/** GET /api/orders/{id}?asAt=day, as it came back. */
export function orderAsAt(stor: StorTestApp, token: string, orderId: string, day: string) {
  return stor.request('GET', `/api/orders/${orderId}?asAt=${day}`, { token });
}

/** GET /api/orders/{id}/history, as it came back. */
export function orderHistory(stor: StorTestApp, token: string, orderId: string) {
  return stor.request('GET', `/api/orders/${orderId}/history`, { token });
}

/** One order's alerts in a force's inbox (newest first), once the inbox has caught up with `position`. */
export async function alertsAbout(stor: StorTestApp, token: string, force: string, orderId: string, position?: number): Promise<Alert[]> {
  const response = await stor.request('GET', `/api/forces/${force}/alerts?limit=1000${position === undefined ? '' : `&position=${position}`}`, { token });
  expectStatus(response, 200);
  return (response.body.alerts as Alert[]).filter((alert) => alert.orderId === orderId);
}
