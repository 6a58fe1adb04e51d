import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiProduces, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ANY_ALERT } from '#alerts';
import type { ForceCode } from '#forces';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { assertMayReadInbox } from '../../access/scope.js';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { AlertStreams } from './alert-streams.js';
import { resumeAfter } from './sse-frames.js';
import { ForceCodePipe } from '../../forces/force-code.pipe.js';

@ApiTags('alerts')
@ApiBearerAuth()
@Controller('api/forces')
export class AlertStreamController {
  constructor(private readonly streams: AlertStreams) {}

  @Get(':code/alerts/stream')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @ApiOperation({
    summary: "A force's new alerts as they are raised (Server-Sent Events)",
    description:
      'One `alert` event per new alert: `id` is its log position (rising within a force), `data` the alert as the inbox list gives it (with `subjectId`, `eventId` and `eventType`). A comment every 15 s keeps the stream open. ' +
      'Send `Last-Event-ID` (or `lastEventId` in the query) to receive first the alerts raised after that id (at most 1,000; read the list for older ones). ' +
      'Served from the inbox table, so every API instance on one database sends every alert. 503 while this instance serves as many streams as it can.',
  })
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'resume after this event id' })
  @ApiQuery({ name: 'lastEventId', required: false, description: 'as Last-Event-ID, for clients that cannot set headers; the header wins' })
  @ApiResponse({ status: 200, description: '`text/event-stream`: `id: <position>`, `event: alert`, `data: <the alert as JSON>`; comment lines as heartbeats' })
  @ApiResponse({ status: 400, description: 'Last-Event-ID (or lastEventId) is not an id this stream sends' })
  @ApiResponse({ status: 503, description: 'this instance serves as many streams as it can; Retry-After says when to try again' })
  async stream(
    @Param('code', ForceCodePipe) code: ForceCode,
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('lastEventId') lastEventId?: string,
  ): Promise<void> {
    assertMayReadInbox(principal, code);
    const after = resumeAfter(request.headers['last-event-id'], lastEventId);
    if (after === 'invalid') throw new InvalidRequest([{ field: 'Last-Event-ID', message: 'Last-Event-ID must be the id of an event this stream sent' }]);
    await this.streams.serve(reply, { force: code, after, filter: ANY_ALERT, shape: (alert) => alert });
  }
}
