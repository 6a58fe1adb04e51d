import { Injectable, NotFoundException, type PipeTransform } from '@nestjs/common';
import { type ForceCode, isForceCode } from '#forces';

/** A force in an address: one of the forces STOR knows, or there is nothing at that address. */
@Injectable()
export class ForceCodePipe implements PipeTransform<string, ForceCode> {
  transform(value: string): ForceCode {
    if (!isForceCode(value)) throw new NotFoundException(`There is no force with code ${value}.`);
    return value;
  }
}
