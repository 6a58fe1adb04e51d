/** Every kind of alert an inbox may hold, as clients filter by them. */
export const ALERT_KINDS = [
  'order-made',
  'order-varied',
  'breach-recorded',
  'subject-moved',
  'notification-overdue',
  'expiring-soon',
  'order-ended',
  'order-transferred',
] as const;

export type AlertKind = (typeof ALERT_KINDS)[number];

// Plain strings rather than the domain lib's types, so the inbox projection can map any event
// shape onto this without the two libs moving in lock-step. `alertedBefore` is every force the
// inbox has alerted about the order so far; `addressForce` where the subject lives, if known.
export type AlertTrigger =
  | { kind: 'order-made'; orderId: string; orderType: string; owningForce: string; addressForce: string | null; travelBan: boolean }
  | { kind: 'order-varied'; orderId: string; owningForce: string; how: 'varied' | 'renewed' | 'varied-on-appeal'; travelBan: boolean; alertedBefore: readonly string[] }
  | {
      kind: 'order-ended';
      orderId: string;
      owningForce: string;
      how: 'discharged' | 'expired' | 'quashed' | 'superseded' | 'interim-ended';
      alertedBefore: readonly string[];
    }
  | { kind: 'breach-recorded'; orderId: string; owningForce: string; locationForce: string; breachId: string }
  | { kind: 'subject-moved'; orderId: string; orderType: string; owningForce: string; toForce: string; fromForce: string | null }
  | { kind: 'notification-overdue'; orderId: string; owningForce: string; dueBy: string }
  | { kind: 'expiring-soon'; orderId: string; owningForce: string; lastDay: string }
  | { kind: 'order-transferred'; orderId: string; owningForce: string; fromForce: string; alertedBefore: readonly string[] };

/** Listed strongest first: when a force qualifies twice it keeps the earlier one. */
export const RECIPIENT_WHYS = [
  'owning-force',
  'location-force',
  'new-address-force',
  'address-force',
  'previous-address-force',
  'previous-owning-force',
  'travel-ban',
  'neighbour-of-location-force',
  'neighbour-of-address-force',
  'neighbour-of-owning-force',
  'alerted-before',
] as const;

export type RecipientWhy = (typeof RECIPIENT_WHYS)[number];

export interface AlertRecipient {
  force: string;
  kind: AlertKind;
  /** One plain sentence for an officer; names forces in full and carries no personal data. */
  reason: string;
  why: RecipientWhy;
}
