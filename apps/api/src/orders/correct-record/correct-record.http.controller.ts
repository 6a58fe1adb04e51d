import { Body, Controller, Headers, HttpCode, Param, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { type CorrectRecord, parsePncId } from '#domain';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type CommandOutcome, CorrectRecordCommand } from '#orders';
import { Clock } from '#platform';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { requestContextFrom } from '../request-context.from-http.js';
import { CorrectRecordRequest } from './correct-record.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class CorrectRecordController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post(':orderId/corrections')
  @HttpCode(201)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Correct a data-entry mistake (court name, subject details, wording); recorded as a new event, never an edit' })
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
      ...(subject
        ? {
            subject: {
              ...(subject.forenames !== undefined ? { forenames: subject.forenames } : {}),
              ...(subject.surname !== undefined ? { surname: subject.surname } : {}),
              ...(subject.dateOfBirth !== undefined ? { dateOfBirth: subject.dateOfBirth } : {}),
              ...(subject.aliases !== undefined ? { aliases: subject.aliases.map(({ forenames, surname }) => ({ forenames, surname })) } : {}),
              ...(subject.pncId !== undefined ? { pncId: this.canonicalPncId(subject.pncId) } : {}),
            },
          }
        : {}),
      ...(prohibitionTexts
        ? { prohibitionTexts: prohibitionTexts.map(({ prohibitionId, text, until }) => ({ prohibitionId, text, ...(until !== undefined ? { until } : {}) })) }
        : {}),
    };
    const details = { correctedOn: body.correctedOn, reason: body.reason, changes: changes as CorrectRecord['changes'] };
    return this.commands.execute(new CorrectRecordCommand(orderId, details, requestContextFrom(principal, headers, request.id)));
  }

  private canonicalPncId(raw: string | null): string | null {
    if (raw === null || raw.trim() === '') return null;
    const parsed = parsePncId(raw, this.clock.today());
    if (!parsed.ok) throw new InvalidRequest([{ field: 'changes.subject.pncId', message: parsed.reason }]);
    return parsed.canonical;
  }
}
