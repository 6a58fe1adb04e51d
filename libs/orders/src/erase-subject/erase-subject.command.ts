import type { SubjectId } from '#domain';
import type { RequestContext } from '../command-handling/request-context.js';

/** Erase a subject's personal data where the law requires it (crypto-shredding), by the national role. */
export class EraseSubjectCommand {
  constructor(
    readonly subjectId: SubjectId,
    readonly reason: string,
    readonly request: RequestContext,
  ) {}
}

export interface ErasureOutcome {
  subjectId: string;
  erasedOn: string;
  /** The subject stream's version and the log position of SubjectErased, to read one's own write. */
  version: number;
  position: number;
}
