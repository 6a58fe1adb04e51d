import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SubjectId } from '#domain';
import { Allow } from '#identity';
import { CorrectSubjectCommand, type SubjectOutcome, type RequestContext } from '#orders';
import { Clock } from '#platform';
import { CommandContext } from '../../orders/request-context.from-http.js';
import { SubjectIdPipe } from '../subject-id.pipe.js';
import { CorrectSubjectRequest } from './correct-subject.request.dto.js';
import { subjectCorrectionChanges } from './subject-correction-changes.js';

@ApiTags('subjects')
@ApiBearerAuth()
@Controller('api/subjects')
export class CorrectSubjectController {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  @Post(':subjectId/corrections')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({
    summary:
      "Correct who the register says a subject is (name, date of birth, PNC ID, CRO number, aliases): the only way these change. By an order manager of a force with an order on the subject; audited and kept in the subject's history. If-Match: the subject's version.",
  })
  correct(
    @Param('subjectId', SubjectIdPipe) subjectId: SubjectId,
    @Body() body: CorrectSubjectRequest,
    @CommandContext() context: RequestContext,
  ): Promise<Omit<SubjectOutcome, 'state'>> {
    const changes = subjectCorrectionChanges(body, this.clock.today());
    return this.commands.execute(new CorrectSubjectCommand(subjectId, { changes, reason: body.reason }, context));
  }
}
