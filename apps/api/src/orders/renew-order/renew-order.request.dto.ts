import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsObject, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
export class RenewedProhibitionRequest {
  @ApiProperty() @MaxLength(100) @IsNotEmpty() @IsString() prohibitionId: string;

  @ApiProperty({ type: String, nullable: true, example: '2035-03-14', description: 'the new last day; null = until further order' })
  @IsIsoDate({ message: 'until must be a date written YYYY-MM-DD, or null for "until further order"' })
  @ValidateIf((_, value) => value !== null)
  until: IsoDate | null;
}

export class RenewOrderRequest {
  @ApiProperty({ example: 'Maidstone Crown Court' }) @MaxLength(200) @IsNotEmpty() @IsString() court: string;
  @ApiProperty({ example: '2030-03-01' }) @IsIsoDate() renewedOn: IsoDate;

  @ApiProperty({ type: [RenewedProhibitionRequest] })
  @ValidateNested({ each: true })
  @Type(() => RenewedProhibitionRequest)
  @IsObject({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  prohibitions: RenewedProhibitionRequest[];
}
