import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { CorrectRecord } from '#domain';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, CorrectRecordCommand } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { CorrectRecordRequest } from './correct-record.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class CorrectRecordController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/corrections')
  @HttpCode(201)
  @Allow('order-manager')
  @ApiOperation({ summary: "Correct a data-entry mistake (court name, day of service, a prohibition's wording); recorded as a new event, never an edit. A subject's particulars are corrected on the subject." })
  correct(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: CorrectRecordRequest,
    @CurrentPrincipal() principal: Principal,
    @Headers() headers: Record<string, string>,
    @Req() request: FastifyRequest,
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
    const details = { correctedOn: body.correctedOn, reason: body.reason, changes: changes as CorrectRecord['changes'] };
    return this.commands.execute(new CorrectRecordCommand(orderId, details, requestContextFrom(principal, headers, request.id)));
  }
}
