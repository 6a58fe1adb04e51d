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
    const own = Object.entries(error.constraints ?? {}).flatMap(([constraint, message]) =>
      elementsAt(constraint, error.value, field).map((at) => ({ field: at, message: humanise(message, error.property, at) })),
    );
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

// A list whose elements must be objects: name each element that is not one (prohibitions[1]).
function elementsAt(constraint: string, value: unknown, field: string): string[] {
  if (constraint !== 'isObject' || !Array.isArray(value)) return [field];
  const bad = value.flatMap((item, index) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? [] : [`${field}[${index}]`]));
  return bad.length ? bad : [field];
}

// class-validator names the bare property ("until must be …"); say which one ("prohibitions[1].until must be …").
function humanise(message: string, property: string, field: string): string {
  if (message.startsWith('property ') && message.endsWith(' should not exist')) return `${field} is not a field STOR accepts here`;
  return message.startsWith(`${property} `) ? `${field}${message.slice(property.length)}` : message;
}
