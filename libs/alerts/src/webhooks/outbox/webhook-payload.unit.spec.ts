import type { AlertRow } from '../../inbox/alert-rows.js';
import { webhookBodyOf, webhookPayloadOf } from './webhook-payload.js';

const BREACH: AlertRow = {
  alertId: '3b6f0d5e-2a51-5c7e-9a0d-6f1e2d3c4b5a',
  force: 'sussex',
  kind: 'breach-recorded',
  orderId: '0b8e7c1a-3f7e-4d1e-9a55-2a0f5f1f0c01',
  breachId: 'b-1',
  raisedAt: '2026-11-23T09:00:00Z',
  reason: "Breach of an order owned by Kent Police, recorded in Sussex Police's area.",
  why: 'location-force',
  position: 42,
  subjectId: '5d2c7b1e-0f4a-4e8b-9c3d-2a1b0c9d8e7f',
  eventId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  eventType: 'BreachRecorded',
};

describe('what a webhook receives of an alert', () => {
  test('given an alert, then the force it was raised for, its id, kind, order, when and why', () => {
    expect(webhookPayloadOf(BREACH)).toMatchObject({
      force: 'sussex',
      alertId: BREACH.alertId,
      kind: 'breach-recorded',
      orderId: BREACH.orderId,
      raisedAt: '2026-11-23T09:00:00.000Z',
      reason: BREACH.reason,
      subjectId: BREACH.subjectId,
      eventId: BREACH.eventId,
      eventType: 'BreachRecorded',
    });
  });

  test('given any field an alert has, then the payload carries it too (the inbox and the webhook show the same alert)', () => {
    const richer = { ...BREACH, subjectId: 's-1', eventId: 'e-1', eventType: 'BreachRecorded' } as AlertRow;
    const payload: Record<string, unknown> = { ...webhookPayloadOf(richer) };
    for (const [field, value] of Object.entries(richer)) if (field !== 'raisedAt') expect([field, payload[field]]).toEqual([field, value]);
    expect(Object.keys(payload).sort()).toEqual(Object.keys(richer).sort());
  });

  test('given the body, then it is the payload as JSON, the same text every time', () => {
    expect(JSON.parse(webhookBodyOf(BREACH))).toEqual(webhookPayloadOf(BREACH));
    expect(webhookBodyOf(BREACH)).toBe(webhookBodyOf({ ...BREACH }));
  });
});
