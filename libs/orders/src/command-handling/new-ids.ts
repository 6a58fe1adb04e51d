import type { CorrectRecord, DetermineAppeal, ForeignTravel, IsoDate, LodgeAppeal, OrderCommand, ProhibitionTerms, RecordBreach, RecordNotification, VaryOrder, OrderId, SubjectId } from '#domain';
import { deterministicId } from '#platform';

// Every id STOR gives derives here from the command's id, so a retried command (same
// Idempotency-Key) names what it records the same way and is recorded once. The labels are in
// stored logs: changing one would record a retry twice.

/** A prohibition as the court worded it; its id is given when it is recorded. */
export interface NewProhibition {
  text: string;
  until: IsoDate | null;
  foreignTravel?: ForeignTravel;
}

type WithNewProhibitions<T> = Omit<T, 'addProhibitions'> & { addProhibitions: NewProhibition[] };

/**
 * An order command as the edge sends it: the domain's command less the ids STOR gives to what it
 * records (a breach, an appeal, a notification, a correction, new prohibitions).
 */
export type OrderCommandAsSent =
  | Exclude<OrderCommand, { type: 'MakeOrder' | 'VaryOrder' | 'DetermineAppeal' | 'RecordBreach' | 'LodgeAppeal' | 'RecordNotification' | 'CorrectRecord' }>
  | WithNewProhibitions<VaryOrder>
  | (Omit<DetermineAppeal, 'variation'> & { variation?: WithNewProhibitions<NonNullable<DetermineAppeal['variation']>> })
  | Omit<RecordBreach, 'breachId'>
  | Omit<LodgeAppeal, 'appealId'>
  | Omit<RecordNotification, 'notificationId'>
  | Omit<CorrectRecord, 'correctionId'>;

/** The ids given to what a command recorded, for its answer. */
export type NewIds = Partial<Record<'breachId' | 'appealId' | 'notificationId' | 'correctionId', string>>;

/** The command a user asked for, keyed by their Idempotency-Key when they sent one. */
export function commandIdOf(userId: string, idempotencyKey: string): string {
  return deterministicId('command', userId, idempotencyKey);
}

/** The nth event a command decided; a subject's stream prefixes its own. */
export function eventIdOf(commandId: string, index: number, prefix = ''): string {
  return deterministicId(commandId, `${prefix}${index}`);
}

/** The order and (when new) the subject a MakeOrder records. */
export function newOrderIds(commandId: string): { orderId: OrderId; subjectId: SubjectId } {
  return { orderId: deterministicId(commandId, 'order') as OrderId, subjectId: deterministicId(commandId, 'subject') as SubjectId };
}

export function prohibitionTerms(commandId: string, prohibitions: NewProhibition[]): ProhibitionTerms[] {
  return prohibitions.map((prohibition, index) => ({
    prohibitionId: deterministicId(commandId, 'prohibition', String(index)),
    text: prohibition.text,
    until: prohibition.until,
    ...(prohibition.foreignTravel ? { foreignTravel: prohibition.foreignTravel } : {}),
  }));
}

/** What each command records under an id of its own: the field, and the label it derives under. */
const RECORDED_UNDER = {
  RecordBreach: ['breachId', 'breach'],
  LodgeAppeal: ['appealId', 'appealId'],
  RecordNotification: ['notificationId', 'notificationId'],
  CorrectRecord: ['correctionId', 'correctionId'],
} as const satisfies Partial<Record<OrderCommand['type'], readonly [keyof NewIds, string]>>;

/** The id a command gives to what it records under its own name: a breach, an appeal, a notification, a correction. */
export function recordedIdOf(type: keyof typeof RECORDED_UNDER, commandId: string): string {
  return deterministicId(commandId, RECORDED_UNDER[type][1]);
}

/**
 * The domain's command with its ids given, and those ids. Each given id goes straight after the
 * order id, where the command's fingerprint (its JSON) has always had it.
 */
export function withNewIds(sent: OrderCommandAsSent, commandId: string): { command: OrderCommand; newIds: NewIds } {
  switch (sent.type) {
    case 'RecordBreach':
    case 'LodgeAppeal':
    case 'RecordNotification':
    case 'CorrectRecord': {
      const { type, orderId, ...rest } = sent;
      const newIds = { [RECORDED_UNDER[type][0]]: recordedIdOf(type, commandId) };
      return { command: { type, orderId, ...newIds, ...rest } as OrderCommand, newIds };
    }
    case 'VaryOrder':
      return { command: { ...sent, addProhibitions: prohibitionTerms(commandId, sent.addProhibitions) }, newIds: {} };
    case 'DetermineAppeal': {
      const { variation, ...decision } = sent;
      if (!variation) return { command: decision, newIds: {} };
      return { command: { ...sent, variation: { ...variation, addProhibitions: prohibitionTerms(commandId, variation.addProhibitions) } }, newIds: {} };
    }
    default:
      return { command: sent, newIds: {} };
  }
}
