import type { OrderId } from '../order-id.js';
import { compareDates, type IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { NotificationReceived, NotifiedAddress } from '../events.js';
import { requireOrderManager } from '../permissions.js';
import { prohibitionsInForceOn } from '../queries/prohibitions-in-force-on.js';
import { lastKnownAddressForce } from '../queries/subject-address.js';
import { completeAddress } from '../rules/address-complete.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { daysLate, notificationDeadline } from '../rules/r16-notification-deadline.js';
import type { OrderInForceOrEnded, OrderState } from '../state.js';

/**
 * The subject notified names and home address (R16-R18, s19, s26). The first notification meets
 * the initial requirement; later ones are changes (R17). Any force's order manager records it —
 * the subject may notify wherever they now are. A notification on an order that requires none is
 * still recorded: it is information about where the subject lives.
 */
export interface RecordNotification {
  type: 'RecordNotification';
  orderId: OrderId;
  notificationId: string;
  notifiedOn: IsoDate;
  names: string[];
  address: NotifiedAddress;
  /** R17: the day the subject started using the name or changed address, when known. */
  changedOn?: IsoDate | null;
}

function requireNewNotificationId(state: OrderInForceOrEnded, notificationId: string): void {
  if (notificationId.trim() === '') {
    throw new RuleViolation('notification-id-missing', 'Each notification needs an id.', 'notificationId');
  }
  if (state.notifications.some((n) => n.notificationId === notificationId)) {
    throw new RuleViolation('duplicate-notification-id', `A notification with id ${notificationId} is already recorded on order ${state.orderId}.`, 'notificationId');
  }
}

/** R16: the subject notifies every name used and the home address; the address as recorded. */
function requireNamesAndAddress(command: RecordNotification): NotifiedAddress {
  if (command.names.length === 0) {
    throw new RuleViolation('notification-names-empty', 'Record the names the subject notified: their name and every other name they use (s19(3)(a)-(b)).', 'names');
  }
  command.names.forEach((name, index) => {
    if (name.trim() === '') {
      throw new RuleViolation('notification-names-empty', 'A notified name cannot be blank.', `names[${index}]`);
    }
  });
  return completeAddress(command.address, {
    rule: 'notification-address-incomplete',
    message: 'Record the home address the subject notified, with its postcode and force area (s19(3)(c)).',
    at: 'address',
  });
}

function requireChangedOn(changedOn: IsoDate | null, notifiedOn: IsoDate, madeOn: IsoDate): void {
  if (changedOn === null) return;
  requireNotBeforeOrderMade(changedOn, madeOn, 'changedOn', 'change');
  if (compareDates(changedOn, notifiedOn) > 0) {
    throw new RuleViolation('date-after-notification', `The change (${changedOn}) cannot come after the notification of it (${notifiedOn}).`, 'changedOn');
  }
}

/** R16 for the first notification under a requirement; R17 for a change whose day is known. */
function lateness(state: OrderInForceOrEnded, notifiedOn: IsoDate, changedOn: IsoDate | null): number {
  const { notification } = state;
  if (notification.required && notification.receivedOn === null && notification.dueBy !== null) return daysLate(notification.dueBy, notifiedOn);
  if (changedOn !== null) return daysLate(notificationDeadline(changedOn), notifiedOn);
  return 0;
}

export function recordNotification(command: RecordNotification, state: OrderState, { actor, today }: DecisionContext): [NotificationReceived] {
  requireOrderManager(actor, 'record a notification');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);

  const { notifiedOn } = command;
  const changedOn = command.changedOn ?? null;
  requireNotInFuture(notifiedOn, today, 'notifiedOn', 'notification');
  requireNotBeforeOrderMade(notifiedOn, state.madeOn, 'notifiedOn', 'notification');
  if (prohibitionsInForceOn(state, notifiedOn).length === 0) {
    throw new RuleViolation(
      'order-not-in-force',
      `Order ${state.orderId} was not in force on ${notifiedOn}, so the subject was under no duty to notify then (s19, s26).`,
      'notifiedOn',
    );
  }
  requireNewNotificationId(state, command.notificationId);
  const address = requireNamesAndAddress(command);
  requireChangedOn(changedOn, notifiedOn, state.madeOn);

  return [
    {
      type: 'NotificationReceived',
      data: {
        orderId: state.orderId,
        notificationId: command.notificationId,
        notifiedOn,
        names: [...command.names],
        address,
        // R18 from the first notification: the area left is the last one recorded, else the one at the making.
        previousAddressForce: lastKnownAddressForce(state),
        lateBy: lateness(state, notifiedOn, changedOn),
        changedOn,
      },
    },
  ];
}
