import type { OrderId } from '../order-id.js';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderNotFound, RuleViolation } from '../../errors/domain-error.js';
import type { DecisionContext } from '../decision-context.js';
import type { PreviousValues, RecordChanges, RecordCorrected } from '../events.js';
import { requireOrderManager, requireOrderManagerOf } from '../permissions.js';
import { requireCorrectableFields } from '../rules/correctable-fields.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { r8ProhibitionWorded } from '../rules/r8-prohibitions-required.js';
import type { OrderInForceOrEnded, OrderState } from '../state.js';

/**
 * A data-entry mistake fixed by a new event, never an edit (STYLE.md: events are facts). The
 * order's owning force corrects it, at any stage of its life, giving a reason. The subject's
 * particulars are not the order's to correct: they are the person's identity (CorrectSubject).
 * Corrections of the subject recorded before that rule stay in the log and still fold.
 */
export interface CorrectRecord {
  type: 'CorrectRecord';
  orderId: OrderId;
  correctionId: string;
  correctedOn: IsoDate;
  reason: string;
  changes: RecordChanges;
}

function correctedTexts(state: OrderInForceOrEnded, given: NonNullable<RecordChanges['prohibitionTexts']>): { changes: { prohibitionId: string; text: string }[]; previous: { prohibitionId: string; text: string }[] } {
  const seen = new Set<string>();
  const changes: { prohibitionId: string; text: string }[] = [];
  const previous: { prohibitionId: string; text: string }[] = [];
  given.forEach(({ prohibitionId, text }, index) => {
    const field = `changes.prohibitionTexts[${index}]`;
    if (seen.has(prohibitionId)) throw new RuleViolation('duplicate-prohibition-id', `Prohibition ${prohibitionId} is corrected twice.`, `${field}.prohibitionId`);
    seen.add(prohibitionId);
    const prohibition = state.prohibitions.find((p) => p.prohibitionId === prohibitionId);
    if (!prohibition) throw new RuleViolation('unknown-prohibition', `Order ${state.orderId} has no prohibition ${prohibitionId}.`, `${field}.prohibitionId`);
    r8ProhibitionWorded({ prohibitionId, text, until: null }, field);
    if (text === prohibition.text) return;
    changes.push({ prohibitionId, text });
    previous.push({ prohibitionId, text: prohibition.text });
  });
  return { changes, previous };
}

/** Only what actually differs is recorded, with its old value. */
function differences(state: OrderInForceOrEnded, given: RecordChanges, today: IsoDate): { changes: RecordChanges; previous: PreviousValues } {
  const changes: RecordChanges = {};
  const previous: PreviousValues = {};
  if (given.court !== undefined) {
    if (given.court.trim() === '') throw new RuleViolation('correction-court-empty', 'A corrected court needs a name.', 'changes.court');
    if (given.court !== state.court) {
      changes.court = given.court;
      previous.court = state.court;
    }
  }
  if (given.servedOn !== undefined) {
    requireNotInFuture(given.servedOn, today, 'changes.servedOn', 'served');
    requireNotBeforeOrderMade(given.servedOn, state.madeOn, 'changes.servedOn', 'served');
    if (given.servedOn !== state.servedOn) {
      changes.servedOn = given.servedOn;
      previous.servedOn = state.servedOn;
    }
  }
  if (given.prohibitionTexts !== undefined) {
    const texts = correctedTexts(state, given.prohibitionTexts);
    if (texts.changes.length > 0) {
      changes.prohibitionTexts = texts.changes;
      previous.prohibitionTexts = texts.previous;
    }
  }
  return { changes, previous };
}

export function correctRecord(command: CorrectRecord, state: OrderState, { actor, today }: DecisionContext): [RecordCorrected] {
  requireOrderManager(actor, 'correct an order');
  if (state.status === 'none') throw new OrderNotFound(command.orderId);
  requireOrderManagerOf(actor, state.owningForce, 'correct an order owned by that force');

  if (command.correctionId.trim() === '') {
    throw new RuleViolation('correction-id-missing', 'Each correction needs an id.', 'correctionId');
  }
  if (state.corrections.some((c) => c.correctionId === command.correctionId)) {
    throw new RuleViolation('duplicate-correction-id', `A correction with id ${command.correctionId} is already recorded on order ${state.orderId}.`, 'correctionId');
  }
  requireNotInFuture(command.correctedOn, today, 'correctedOn', 'correction');
  requireNotBeforeOrderMade(command.correctedOn, state.madeOn, 'correctedOn', 'correction');
  if (command.reason.trim() === '') {
    throw new RuleViolation('correction-reason-empty', 'Say why the record is being corrected.', 'reason');
  }
  requireCorrectableFields(command.changes);
  const { changes, previous } = differences(state, command.changes, today);
  if (Object.keys(changes).length === 0) {
    throw new RuleViolation('correction-changes-nothing', 'This correction changes nothing: every value given is already on the record.', 'changes');
  }

  return [
    {
      type: 'RecordCorrected',
      data: { orderId: state.orderId, correctionId: command.correctionId, correctedOn: command.correctedOn, reason: command.reason, changes, previous },
    },
  ];
}
