import { Body, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { CorrectRecord, OrderId } from '#domain';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
import { CorrectRecordRequest } from './correct-record.request.dto.js';

@OrdersApi('orders')
export class CorrectRecordController {
  constructor(private readonly commands: CommandBus) {}

  @OrderChange(':orderId/corrections', 201, "Correct a data-entry mistake (court name, day of service, a prohibition's wording); recorded as a new event, never an edit. A subject's particulars are corrected on the subject.")
  correct(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @Body() body: CorrectRecordRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { correctionId: string }> {
    const { subject, prohibitionTexts, court, servedOn, madeOn } = body.changes;
    const changes = {
      ...(court !== undefined ? { court } : {}),
      // Passed on to be refused by the domain with the rule that says why (correction-changes-legal-period).
      ...(madeOn !== undefined ? { madeOn } : {}),
      ...(servedOn !== undefined ? { servedOn } : {}),
      // Refused by the domain, pointing at the subject's own correction (subject-identity).
      ...(subject ? { subject: {} } : {}),
      ...(prohibitionTexts
        ? { prohibitionTexts: prohibitionTexts.map(({ prohibitionId, text, until }) => ({ prohibitionId, text, ...(until !== undefined ? { until } : {}) })) }
        : {}),
    };
    const correction = { type: 'CorrectRecord' as const, orderId, correctedOn: body.correctedOn, reason: body.reason, changes: changes as CorrectRecord['changes'] };
    return this.commands.execute(new HandleOrderCommand(correction, context));
  }
}
