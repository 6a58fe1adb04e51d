import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';
import { AliasRequest } from '../../orders/make-order/make-order.request.dto.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
const HAS_LETTER = /\p{L}/u;

/** The particulars a correction changes; a field left out stays as recorded, null clears it. */
export class SubjectCorrectionRequest {
  @ApiPropertyOptional() @Matches(HAS_LETTER, { message: 'forenames must contain a letter' }) @MaxLength(200) @IsString() @IsOptional() forenames?: string;
  @ApiPropertyOptional() @Matches(HAS_LETTER, { message: 'surname must contain a letter' }) @MaxLength(200) @IsString() @IsOptional() surname?: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsIsoDate()
  @ValidateIf((_, value) => value !== null && value !== undefined)
  dateOfBirth?: IsoDate | null;

  @ApiPropertyOptional({ type: [AliasRequest] })
  @ValidateNested({ each: true })
  @Type(() => AliasRequest)
  @IsObject({ each: true })
  @ArrayMaxSize(50)
  @IsArray()
  @IsOptional()
  aliases?: AliasRequest[];

  @ApiPropertyOptional({ type: String, nullable: true }) @MaxLength(20) @IsString() @ValidateIf((_, v) => v !== null && v !== undefined) pncId?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @MaxLength(20) @IsString() @ValidateIf((_, v) => v !== null && v !== undefined) croNumber?: string | null;
}


export class CorrectSubjectRequest {
  @ApiProperty({ type: SubjectCorrectionRequest }) @ValidateNested() @Type(() => SubjectCorrectionRequest) @IsObject() @IsDefined() changes: SubjectCorrectionRequest;
  @ApiProperty({ example: 'Surname misspelt at entry; the court record reads Kowalsky' }) @MaxLength(1000) @IsNotEmpty() @IsString() reason: string;
}
