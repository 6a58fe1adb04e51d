import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock } from '#platform';
import { OrderCommandHandling } from '../command-handling/order-command-handling.js';
import { SubjectCommandHandling } from '../command-handling/subject-command-handling.js';
import { SubjectKeys } from '../personal-data/subject-keys.js';
import { EraseSubjectCommand, type ErasureOutcome } from './erase-subject.command.js';

/**
 * Decides the erasure on the subject's stream first (the national role, a subject on the register
 * whose data was sealed from the start), appends SubjectErased, then destroys the key. A retry after
 * a failure between the two finds SubjectErased recorded and destroys the key then; a second
 * erasure appends nothing and answers as the first.
 */
@CommandHandler(EraseSubjectCommand)
export class EraseSubjectHandler implements ICommandHandler<EraseSubjectCommand, ErasureOutcome> {
  constructor(
    private readonly handling: OrderCommandHandling,
    private readonly subjects: SubjectCommandHandling,
    private readonly keys: SubjectKeys,
    private readonly clock: Clock,
  ) {}

  async execute({ subjectId, reason, request }: EraseSubjectCommand): Promise<ErasureOutcome> {
    const sealed = (await this.keys.keysOf([subjectId])).has(subjectId);
    const outcome = await this.subjects.handle({ type: 'EraseSubject', subjectId, sealed }, this.handling.commandId(request), request);
    if (outcome.state.status !== 'registered' || !outcome.state.erasedOn) throw new Error('the erasure was decided but the subject does not read as erased');
    await this.keys.erase(subjectId, request.actor, reason, this.clock.now());
    return { subjectId, erasedOn: outcome.state.erasedOn, version: outcome.version, position: outcome.position };
  }
}
