import type { SubjectId } from '#domain';
import { Injectable, type PipeTransform } from '@nestjs/common';
import { InvalidRequest } from '../problem-details/invalid-request.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A subject id in a path is a UUID: anything else is a 400 naming it, never a database error. */
@Injectable()
export class SubjectIdPipe implements PipeTransform<string, SubjectId> {
  transform(value: string): SubjectId {
    if (!UUID.test(value)) throw new InvalidRequest([{ field: 'subjectId', message: 'subjectId must be a UUID' }]);
    return value.toLowerCase() as SubjectId;
  }
}
