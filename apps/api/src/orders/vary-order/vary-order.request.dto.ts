import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { PassportSurrenderTermsRequest } from '../make-order/make-order.request.dto.js';
import type { IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';
import { ProhibitionList, ProhibitionRequest } from '../prohibition.request.dto.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
export class VaryOrderRequest {
  @ApiProperty({ example: 'Maidstone Crown Court' }) @MaxLength(200) @IsNotEmpty() @IsString() court: string;
  @ApiProperty({ example: '2026-01-10' }) @IsIsoDate() variedOn: IsoDate;

  // A variation may only add, or only remove: either list may be left out (API.md).
  @ApiPropertyOptional({ type: [ProhibitionRequest] })
  @ProhibitionList()
  @IsOptional()
  addProhibitions?: ProhibitionRequest[];

  @ApiPropertyOptional({ type: [String] })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  @IsOptional()
  removeProhibitionIds?: string[];

  @ApiPropertyOptional({ type: PassportSurrenderTermsRequest, description: 'R12: where and by when passports go, when an all-countries ban is added' })
  @ValidateNested()
  @Type(() => PassportSurrenderTermsRequest)
  @IsObject()
  @IsOptional()
  passportSurrender?: PassportSurrenderTermsRequest;
}
