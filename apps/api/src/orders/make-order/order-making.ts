import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RuleViolation } from '#domain';
import { type CommandOutcome, MakeOrderCommand, type MakeOrderAsSent, type RequestContext } from '#orders';
import { Clock } from '#platform';
import { canonicalCroNumber, canonicalPncId } from '../../subjects/identifiers.js';
import { toNewProhibition } from '../prohibition.request.dto.js';
import { orderIdFrom, subjectIdFrom } from '../../validation/register-ids.js';
import type { MakeOrderRequest } from './make-order.request.dto.js';

/** Recording an order, the same from the API and from the record-an-order pages: the request parsed once into the domain's command. */
@Injectable()
export class OrderMaking {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  make(body: MakeOrderRequest, context: RequestContext): Promise<CommandOutcome> {
    const pncId = canonicalPncId(body.subject.pncId, this.clock.today(), 'subject.pncId');
    const croNumber = canonicalCroNumber(body.subject.croNumber, 'subject.croNumber');
    const order: MakeOrderAsSent = {
      type: 'MakeOrder',
      orderType: body.type,
      owningForce: body.owningForce,
      court: body.court,
      madeOn: body.madeOn,
      servedOn: body.servedOn ?? null,
      subject: {
        subjectId: body.subject.subjectId ? (subjectIdFrom(body.subject.subjectId) ?? undefined) : undefined,
        forenames: body.subject.forenames,
        surname: body.subject.surname,
        dateOfBirth: body.subject.dateOfBirth,
        aliases: (body.subject.aliases ?? []).map(({ forenames, surname }) => ({ forenames, surname })),
        pncId,
        croNumber,
      },
      prohibitions: body.prohibitions.map(toNewProhibition),
      legalBasis: body.legalBasis ?? null,
      applicant: body.applicant ? { kind: body.applicant.kind, ...(body.applicant.force ? { force: body.applicant.force } : {}) } : null,
      notifiedForce: body.notifiedForce ?? null,
      qualifyingOffence: body.qualifyingOffence
        ? {
            offence: body.qualifyingOffence.offence,
            outcome: body.qualifyingOffence.outcome,
            decidedOn: body.qualifyingOffence.decidedOn,
            jurisdiction: body.qualifyingOffence.jurisdiction,
          }
        : null,
      notification: { required: body.notificationRequired ?? false, notifyTo: body.notifyTo ?? null },
      passportSurrender: body.passportSurrender ? { policeStation: body.passportSurrender.policeStation, dueOn: body.passportSurrender.dueOn } : null,
      interimOrderId: body.interimOrderId ? orderIdFrom(body.interimOrderId) : null,
      subjectAddress: body.subject.address ? { line1: body.subject.address.line1, postcode: body.subject.address.postcode, force: body.subject.address.force } : null,
    };
    return this.commands.execute<MakeOrderCommand, CommandOutcome>(new MakeOrderCommand(order, context)).catch((error: unknown) => {
      throw inRequestTerms(error);
    });
  }
}

// The request states notification flat (notificationRequired, notifyTo, as API.md has it); the
// domain groups it. A refusal names the field the client sent.
const REQUEST_FIELDS: Record<string, string> = { 'notification.notifyTo': 'notifyTo', 'notification.required': 'notificationRequired' };

function inRequestTerms(error: unknown): unknown {
  if (error instanceof RuleViolation && error.field && REQUEST_FIELDS[error.field]) {
    return new RuleViolation(error.rule, error.message, REQUEST_FIELDS[error.field]);
  }
  return error;
}
