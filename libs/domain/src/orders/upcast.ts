import { EVENT_SCHEMA_VERSIONS, type OrderEvent, type OrderEventType } from './events.js';
import { upcastBreachRecordedV1, type BreachRecordedV1Data } from './upcasters/breach-recorded-v1.js';
import { upcastOrderMadeV1, type OrderMadeV1Data } from './upcasters/order-made-v1.js';
import { upcastOrderMadeV2, type OrderMadeV2Data } from './upcasters/order-made-v2.js';
import { upcastOrderVariedV1, type OrderVariedV1Data } from './upcasters/order-varied-v1.js';

/** A stored event this code cannot read: a corrupt log or a deployment older than its data. */
export class UnknownEventSchema extends Error {
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
  ) {
    super(`Cannot read a stored ${eventType} event with schema version ${schemaVersion}.`);
    this.name = 'UnknownEventSchema';
  }
}

type Upcaster = (data: unknown) => unknown;

// Upcasters[type][v] turns version v's data into version v + 1's. Each one lives in upcasters/
// beside a copy of the old shape it reads, and is tested there as a pure function.
const UPCASTERS: Record<OrderEventType, Readonly<Record<number, Upcaster>>> = {
  OrderMade: { 1: (data) => upcastOrderMadeV1(data as OrderMadeV1Data), 2: (data) => upcastOrderMadeV2(data as OrderMadeV2Data) },
  OrderVaried: { 1: (data) => upcastOrderVariedV1(data as OrderVariedV1Data) },
  OrderDischarged: {},
  BreachRecorded: { 1: (data) => upcastBreachRecordedV1(data as BreachRecordedV1Data) },
  ProhibitionExpired: {},
  OrderExpired: {},
  OrderRenewed: {},
  AppealLodged: {},
  AppealDetermined: {},
  OrderSuperseded: {},
  MainApplicationDetermined: {},
  OwningForceChanged: {},
  NotificationReceived: {},
  NotificationOverdue: {},
  OrderExpiringSoon: {},
  PassportsSurrendered: {},
  PassportsReturned: {},
  BreachOutcomeRecorded: {},
  RecordCorrected: {},
};

function isOrderEventType(type: string): type is OrderEventType {
  return Object.prototype.hasOwnProperty.call(EVENT_SCHEMA_VERSIONS, type);
}

/** Brings a stored event up to its current shape at read time, so evolve only ever sees the newest one. */
export function upcast(type: string, data: unknown, schemaVersion: number): OrderEvent {
  if (!isOrderEventType(type) || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new UnknownEventSchema(type, schemaVersion);
  }
  const current = EVENT_SCHEMA_VERSIONS[type];
  if (schemaVersion > current || typeof data !== 'object' || data === null) {
    throw new UnknownEventSchema(type, schemaVersion);
  }
  let upgraded: unknown = data;
  for (let version = schemaVersion; version < current; version++) {
    const step = UPCASTERS[type][version];
    if (!step) throw new UnknownEventSchema(type, schemaVersion);
    upgraded = step(upgraded);
  }
  return { type, data: upgraded } as OrderEvent;
}
