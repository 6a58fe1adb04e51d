import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isIsoDate } from '#domain';
import { isForceCode } from '#forces';

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export function IsIsoDate(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isIsoDate',
      target: target.constructor,
      propertyName: property as string,
      options: { message: `${String(property)} must be a date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isIsoDate(value) },
    });
}

/** One of the forces served by GET /api/forces. */
export function IsForceCode(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isForceCode',
      target: target.constructor,
      propertyName: property as string,
      options: { message: `${String(property)} must be a force code from GET /api/forces (e.g. kent, met)`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isForceCode(value) },
    });
}

/** A UK postcode's shape (TN34 1AA, SW1A 2AA, with or without the space): at most 10 characters, checked before the pattern. */
const UK_POSTCODE = /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/;

export function IsUkPostcode(options?: ValidationOptions): PropertyDecorator {
  return (target, property) =>
    registerDecorator({
      name: 'isUkPostcode',
      target: target.constructor,
      propertyName: property as string,
      options: { message: `${String(property)} must be a UK postcode such as TN34 1AA`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && value.length <= 10 && UK_POSTCODE.test(value) },
    });
}
