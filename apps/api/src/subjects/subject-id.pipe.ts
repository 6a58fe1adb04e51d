import type { SubjectId } from '#domain';
import { Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidRequest } from '../problem-details/invalid-request.exception.js';
import { subjectIdFrom } from '../validation/register-ids.js';

/** A subject id in a path is a UUID: anything else is a 400 naming it, never a database error. */
@Injectable()
export class SubjectIdPipe implements PipeTransform<string, SubjectId> {
  transform(value: string): SubjectId {
    const subjectId = subjectIdFrom(value);
    if (!subjectId) throw new InvalidRequest([{ field: 'subjectId', message: 'subjectId must be a UUID' }]);
    return subjectId;
  }
}
