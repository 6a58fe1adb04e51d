import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ORDER_TYPES, type OrderType } from '#domain';
import { IsForceCode, IsIsoDate } from '../../validation/stor-validators.js';
import { ProhibitionRequest } from '../prohibition.request.dto.js';

export class AliasRequest {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) forenames: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200) surname: string;
}

export class SubjectRequest {
  @ApiPropertyOptional({ description: 'a subject already on the register; omit to create a new subject' })
  @IsOptional()
  @IsUUID()
  subjectId?: string;

  @ApiProperty({ example: 'Jan' }) @IsString() @IsNotEmpty() @MaxLength(200) forenames: string;
  @ApiProperty({ example: 'Kowalski' }) @IsString() @IsNotEmpty() @MaxLength(200) surname: string;

  @ApiProperty({ type: String, nullable: true, example: '1980-05-02' })
  @ValidateIf((_, value) => value !== null)
  @IsIsoDate()
  dateOfBirth: string | null;

  @ApiPropertyOptional({ type: [AliasRequest] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AliasRequest)
  aliases?: AliasRequest[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2001/0012345H', description: 'long or short form; stored canonical' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  pncId?: string | null;
}

export class MakeOrderRequest {
  @ApiProperty({ enum: ORDER_TYPES }) @IsIn(ORDER_TYPES as OrderType[]) type: OrderType;
  @ApiProperty({ example: 'kent' }) @IsForceCode() owningForce: string;
  @ApiProperty({ example: 'Maidstone Crown Court' }) @IsString() @IsNotEmpty() @MaxLength(200) court: string;
  @ApiProperty({ example: '2025-03-14' }) @IsIsoDate() madeOn: string;

  @ApiPropertyOptional({ example: '2025-03-14' })
  @IsOptional()
  @IsIsoDate()
  servedOn?: string;

  @ApiProperty({ type: SubjectRequest })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SubjectRequest)
  subject: SubjectRequest;

  @ApiProperty({ type: [ProhibitionRequest] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProhibitionRequest)
  prohibitions: ProhibitionRequest[];
}
