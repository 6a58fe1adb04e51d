// The public API of the STOR domain: pure TypeScript, no framework, no I/O, no clock.

export type { IsoDate } from './dates/iso-date.js';
export { addDays, addYears, compareDates, endOfPeriodBeginningWith, isIsoDate, latestOf } from './dates/iso-date.js';

export type { Actor, Role } from './actors/actor.js';
export { DomainError, NotPermitted, OrderAlreadyExists, OrderNotFound, RuleViolation } from './errors/domain-error.js';
export type { DomainErrorKind } from './errors/domain-error.js';

export type { Alias, SubjectDetails } from './subjects/subject-details.js';
export { nameTokens, normaliseName } from './subjects/normalise-name.js';
export { parsePncId, pncCheckCharacter } from './subjects/pnc-id.js';
export type { PncParse } from './subjects/pnc-id.js';

export { ORDER_TYPES, isInterimOrderType, isOrderType, jurisdictionOf, orderTypeLabel } from './orders/order-type.js';
export type { Jurisdiction, OrderType } from './orders/order-type.js';
export type { ForeignTravel, ProhibitionTerms } from './orders/prohibition-terms.js';

export type { DischargeOrder, ExpireProhibitions, MakeOrder, OrderCommand, OrderCommandType, RecordBreach, VaryOrder } from './orders/order-command.js';
export { EVENT_SCHEMA_VERSIONS } from './orders/events.js';
export type { BreachRecorded, OrderDischarged, OrderEvent, OrderEventType, OrderExpired, OrderMade, OrderVaried, ProhibitionExpired } from './orders/events.js';
export { UnknownEventSchema, upcast } from './orders/upcast.js';

export { initialState, isOrderInForce, orderExists } from './orders/state.js';
export type {
  Breach,
  DischargedOrder,
  ExpiredOrder,
  OrderInForce,
  OrderInForceOrEnded,
  OrderRecord,
  OrderState,
  OrderStatus,
  Prohibition,
  ProhibitionStatus,
} from './orders/state.js';
export { evolve, replay } from './orders/evolve.js';
export { ORDER_STREAM_PREFIX, orderStreamId } from './orders/order-stream.js';
export { decide } from './orders/decide.js';
export type { DecisionContext } from './orders/decision-context.js';

export { isProhibitionInForceOn, prohibitionsInForce, prohibitionsInForceOn } from './orders/queries/prohibitions-in-force-on.js';
export { orderStatus, orderStatusOn } from './orders/queries/order-status.js';
export { orderInForceUntil } from './orders/queries/order-in-force-until.js';
export { consentRequiredUntil } from './orders/rules/consent-bar.js';
