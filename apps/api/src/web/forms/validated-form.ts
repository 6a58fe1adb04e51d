import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Type } from '@nestjs/common';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { type FieldErrors, fieldErrorsFrom } from './form-fields.js';

/**
 * A form's values checked by the same request class the API validates with, so a page keeps no
 * second copy of a field's rules; the errors come back keyed by field for the error summary.
 */
export async function validatedForm<T extends object>(type: Type<T>, values: Record<string, unknown>, fallbackField: string): Promise<{ value: T; errors: FieldErrors }> {
  const value = plainToInstance(type, values);
  const problems = await validate(value, { whitelist: true, forbidUnknownValues: true, stopAtFirstError: true });
  return { value, errors: fieldErrorsFrom(InvalidRequest.fromValidation(problems).errors, fallbackField) };
}
