import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SubjectId } from '#domain';
import { Allow } from '#identity';
import { EraseSubjectCommand, type ErasureOutcome, type RequestContext } from '#orders';
import { CommandContext } from '../../orders/request-context.from-http.js';
import { SubjectIdPipe } from '../subject-id.pipe.js';
import { EraseSubjectRequest } from './erase-subject.request.dto.js';

@ApiTags('subjects')
@ApiBearerAuth()
@Controller('api/subjects')
export class EraseSubjectController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':subjectId/erasure')
  @HttpCode(200)
  @Allow('national')
  @ApiOperation({
    summary:
      "Erase a subject's personal data where the law requires it (crypto-shredding): their key is destroyed, so names, date of birth, identifiers, addresses, notified names, breach descriptions and passport numbers read as [erased] in the log, the register and every view, while the orders' types, dates, forces and statuses stay. National role only; audited; a second erasure changes nothing. 409 for a subject recorded before personal data was sealed.",
  })
  erase(@Param('subjectId', SubjectIdPipe) subjectId: SubjectId, @Body() body: EraseSubjectRequest, @CommandContext() context: RequestContext): Promise<ErasureOutcome> {
    return this.commands.execute(new EraseSubjectCommand(subjectId, body.reason, context));
  }
}
