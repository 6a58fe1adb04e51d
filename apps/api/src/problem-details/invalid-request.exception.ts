import { BadRequestException, type ValidationError } from '@nestjs/common';

export interface FieldError {
  field: string;
  message: string;
}

/** Malformed input: names each field that is wrong, for a 400. */
export class InvalidRequest extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super('The request is not valid: see errors for each field.');
  }

  static fromValidation(errors: ValidationError[]): InvalidRequest {
    return new InvalidRequest(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${prefix}[${error.property}]` : prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message: humanise(message, error.property, field) }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// class-validator names the bare property ("until must be …"); say which one ("prohibitions[1].until must be …").
function humanise(message: string, property: string, field: string): string {
  if (message.startsWith('property ') && message.endsWith(' should not exist')) return `${field} is not a field STOR accepts here`;
  return message.startsWith(`${property} `) ? `${field}${message.slice(property.length)}` : message;
}
