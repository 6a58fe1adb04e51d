import type { SubjectId } from '#domain';
import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { Clock } from '#platform';
import { GetSubjectQuery, type HistoryEntry, SubjectHistoryQuery, type SubjectView } from '#register';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { SubjectIdPipe } from '../subject-id.pipe.js';

@ApiTags('subjects')
@ApiBearerAuth()
@Controller('api/subjects')
export class GetSubjectController {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get(':subjectId')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @ApiOperation({ summary: 'A subject as the register knows them, with every order against them and its status today; every read is audited' })
  @ApiQuery({ name: 'position', required: false, description: 'wait until the register has applied this log position' })
  async subject(@Param('subjectId', SubjectIdPipe) subjectId: SubjectId, @Query('position') position?: string): Promise<SubjectView> {
    await this.consistency.reach(position);
    const found = await this.queries.execute<GetSubjectQuery, SubjectView | null>(new GetSubjectQuery(subjectId, this.clock.today()));
    if (!found) throw new NotFoundException('There is no subject with that id on the register.');
    return found;
  }

  @Get(':subjectId/history')
  @Allow('order-manager', 'rocu', 'national')
  @ApiOperation({ summary: "The subject's identity history, oldest first: registration, names added by orders, corrections with who, when and why" })
  async history(@Param('subjectId', SubjectIdPipe) subjectId: SubjectId): Promise<{ subjectId: string; events: HistoryEntry[] }> {
    const events = await this.queries.execute<SubjectHistoryQuery, HistoryEntry[]>(new SubjectHistoryQuery(subjectId));
    if (events.length === 0) throw new NotFoundException('There is no subject with that id on the register.');
    return { subjectId, events };
  }
}
