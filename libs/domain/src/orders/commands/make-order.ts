import type { OrderId } from '../order-id.js';
import type { ForceCode } from '#forces';
import type { IsoDate } from '../../dates/iso-date.js';
import { OrderAlreadyExists, RuleViolation } from '../../errors/domain-error.js';
import type { SubjectDetails } from '../../subjects/subject-details.js';
import type { DecisionContext } from '../decision-context.js';
import type { NotifiedAddress, OrderMade } from '../events.js';
import { legalConfigOf } from '../legal-config.js';
import type { Applicant, LegalBasis, NotificationRequest, PassportSurrenderTerms, QualifyingOffence } from '../order-particulars.js';
import { isOrderType, type OrderType } from '../order-type.js';
import { requireOrderManagerOf } from '../permissions.js';
import { copyTerms, type ProhibitionTerms } from '../prohibition-terms.js';
import { completeAddress } from '../rules/address-complete.js';
import { requireNotBeforeOrderMade, requireNotInFuture } from '../rules/dates-in-order.js';
import { checkProhibitionDuration } from '../rules/prohibition-duration.js';
import { validQualifyingOffence } from '../rules/qualifying-offence-valid.js';
import { r12PassportSurrenderOnMaking } from '../rules/r12-passport-surrender-required.js';
import { r16NotificationRequirement } from '../rules/r16-notification-requirement.js';
import { r1LegalBasisFitsType } from '../rules/r1-legal-basis-fits-type.js';
import { r26InterimLink } from '../rules/r26-interim-link.js';
import { r35R36AdultsOnly } from '../rules/r35-r36-adults-only.js';
import { r2S14QualifyingOutcome } from '../rules/r2-s14-qualifying-outcome.js';
import { r4Applicant } from '../rules/r4-applicant.js';
import { r6NotifiedForce } from '../rules/r6-notified-force.js';
import { r7S15RelevantOffender } from '../rules/r7-s15-relevant-offender.js';
import { r8ProhibitionsRequired, r8ProhibitionWorded } from '../rules/r8-prohibitions-required.js';
import { validSubjectDetails } from '../rules/subject-details-valid.js';
import { requireUniqueProhibitionIds } from '../rules/unique-ids.js';
import type { OrderState } from '../state.js';

/**
 * Put an order a court has made on the register — today's, or one made years ago. The legal
 * particulars are optional so that orders entered before the register kept them still read; the
 * HTTP edge always sends `legalBasis`.
 */
export interface MakeOrder {
  type: 'MakeOrder';
  orderId: OrderId;
  orderType: OrderType;
  owningForce: ForceCode;
  court: string;
  madeOn: IsoDate;
  servedOn: IsoDate | null;
  subject: SubjectDetails;
  prohibitions: ProhibitionTerms[];
  /** R1: the provision it was made under; null/absent = not recorded. */
  legalBasis?: LegalBasis | null;
  /** R4: who applied; 'court' (or null) for an order on sentencing. */
  applicant?: Applicant | null;
  /** R6: the force a non-police applicant notified. */
  notifiedForce?: ForceCode | null;
  /** R2 (s14), R7 (s15): the conviction, finding or caution it rests on. */
  qualifyingOffence?: QualifyingOffence | null;
  /** R15-R16: default { required: false, notifyTo: null }. */
  notification?: NotificationRequest;
  /** R12: required with an all-countries travel ban. */
  passportSurrender?: PassportSurrenderTerms | null;
  /** R26: the interim order whose main application this order determines. */
  interimOrderId?: OrderId | null;
  /** Where the subject lives when the order is made, if known (R18: notifications move it on). */
  subjectAddress?: NotifiedAddress | null;
}

export function makeOrder(command: MakeOrder, state: OrderState, context: DecisionContext): [OrderMade] {
  const { actor, today } = context;
  const legal = legalConfigOf(context);
  requireOrderManagerOf(actor, command.owningForce, 'record an order owned by that force');
  if (state.status !== 'none') throw new OrderAlreadyExists(command.orderId);

  if (!isOrderType(command.orderType)) {
    throw new RuleViolation('unknown-order-type', `${String(command.orderType)} is not an order type the register knows (R1).`, 'orderType');
  }
  requireNotInFuture(command.madeOn, today, 'madeOn', 'made');
  if (command.servedOn !== null) {
    requireNotBeforeOrderMade(command.servedOn, command.madeOn, 'servedOn', 'served');
  }
  const subject = validSubjectDetails(command.subject, today);
  r35R36AdultsOnly(command.orderType, subject.dateOfBirth, command.madeOn);

  r8ProhibitionsRequired(command.prohibitions);
  requireUniqueProhibitionIds(
    command.prohibitions.map((p) => p.prohibitionId),
    [],
    'prohibitions',
  );
  command.prohibitions.forEach((terms, index) => {
    const field = `prohibitions[${index}]`;
    r8ProhibitionWorded(terms, field);
    checkProhibitionDuration(command.orderType, terms, command.madeOn, field, legal);
  });

  const legalBasis = r1LegalBasisFitsType(command.orderType, command.legalBasis);
  const qualifyingOffence = validQualifyingOffence(command.qualifyingOffence, command.madeOn);
  r2S14QualifyingOutcome(legalBasis, qualifyingOffence);
  r7S15RelevantOffender(legalBasis, qualifyingOffence);
  const applicant = r4Applicant(legalBasis, command.applicant, legal);
  const notifiedForce = r6NotifiedForce(applicant, command.notifiedForce);
  const interimOrderId = r26InterimLink(command.orderType, legalBasis, command.interimOrderId, command.orderId);
  const notification = r16NotificationRequirement(command.notification, command.servedOn);
  const passportSurrender = r12PassportSurrenderOnMaking(command.orderType, command.prohibitions, command.passportSurrender, command.madeOn);
  const subjectAddress = command.subjectAddress ? completeAddress(command.subjectAddress, SUBJECT_ADDRESS_INCOMPLETE) : null;

  return [
    {
      type: 'OrderMade',
      data: {
        orderId: command.orderId,
        orderType: command.orderType,
        owningForce: command.owningForce,
        court: command.court,
        madeOn: command.madeOn,
        servedOn: command.servedOn,
        subject,
        prohibitions: command.prohibitions.map(copyTerms),
        legalBasis,
        applicant,
        notifiedForce,
        qualifyingOffence,
        notification,
        passportSurrender,
        interimOrderId,
        subjectAddress,
      },
    },
  ];
}

const SUBJECT_ADDRESS_INCOMPLETE = {
  rule: 'subject-address-incomplete',
  message: 'Record where the subject lives with its first line, postcode and force area, or leave the address out if it is not known.',
  at: 'subject.address',
} as const;
