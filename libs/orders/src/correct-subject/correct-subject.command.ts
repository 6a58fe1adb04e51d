import type { CorrectableParticulars, SubjectId } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Correct who the register says a subject is: the only way a name, date of birth or identifier changes. */
export class CorrectSubjectCommand {
  constructor(
    readonly subjectId: SubjectId,
    readonly correction: { changes: CorrectableParticulars; reason: string },
    readonly request: RequestContext,
  ) {}
}
