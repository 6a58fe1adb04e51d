import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PASSPORTS_RETURNED_TO, type PassportReturnedTo, type IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
const PASSPORTS = () => (target: object, property: string | symbol) => {
  MaxLength(60, { each: true })(target, property);
  IsString({ each: true })(target, property);
  ArrayMaxSize(20)(target, property);
  ArrayMinSize(1)(target, property);
  IsArray()(target, property);
};

export class PassportSurrenderRequest {
  @ApiProperty({ example: '2025-03-20' }) @IsIsoDate() surrenderedOn: IsoDate;
  @ApiProperty({ type: [String], example: ['GBR 123456789'], description: 'issuing state and number of each passport' }) @PASSPORTS() passports: string[];
}

export class PassportReturnRequest {
  @ApiProperty({ example: '2030-03-20' }) @IsIsoDate() returnedOn: IsoDate;
  @ApiProperty({ type: [String], example: ['GBR 123456789'] }) @PASSPORTS() passports: string[];

  @ApiPropertyOptional({ enum: PASSPORTS_RETURNED_TO, description: 's18(6): a foreign passport may go back to the state that issued it' })
  @IsIn(PASSPORTS_RETURNED_TO)
  @IsOptional()
  returnedTo?: PassportReturnedTo;
}
