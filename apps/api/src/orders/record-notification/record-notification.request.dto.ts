import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { ForceCode } from '#forces';
import type { IsoDate } from '#domain';
import { IsForceCode, IsIsoDate, IsUkPostcode } from '../../validation/stor-validators.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
export class NotifiedAddressRequest {
  @ApiProperty({ example: '12 Station Road, Hastings' }) @MaxLength(300) @IsNotEmpty() @IsString() line1: string;

  @ApiProperty({ example: 'TN34 1AA' })
  @IsUkPostcode()
  @IsString()
  postcode: string;

  @ApiProperty({ example: 'sussex', description: 'the force area the address is in' }) @IsForceCode() force: ForceCode;
}

export class RecordNotificationRequest {
  @ApiProperty({ example: '2026-11-20' }) @IsIsoDate() notifiedOn: IsoDate;

  @ApiPropertyOptional({ example: '2026-11-18', description: 'the day the subject moved or began using a new name (R17: three days from then)' })
  @IsIsoDate()
  @IsOptional()
  changedOn?: IsoDate;

  @ApiProperty({ type: [String], example: ['Jan Kowalski', 'John Kowal'], description: 'every name the subject uses' })
  @MaxLength(200, { each: true })
  @IsString({ each: true })
  @ArrayMaxSize(50)
  @ArrayMinSize(1)
  @IsArray()
  names: string[];

  @ApiProperty({ type: NotifiedAddressRequest })
  @ValidateNested()
  @Type(() => NotifiedAddressRequest)
  @IsObject()
  @IsDefined()
  address: NotifiedAddressRequest;
}
