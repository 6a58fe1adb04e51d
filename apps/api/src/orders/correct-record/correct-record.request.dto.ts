import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';
import { SubjectCorrectionRequest } from '../../subjects/correct-subject/correct-subject.request.dto.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
export class ProhibitionTextCorrectionRequest {
  @ApiProperty() @MaxLength(100) @IsNotEmpty() @IsString() prohibitionId: string;
  @ApiProperty() @MaxLength(2000) @IsNotEmpty() @IsString() text: string;

  // Accepted so the register can say why it refuses: a prohibition's period changes only by variation or renewal.
  @ApiPropertyOptional({ description: 'not correctable: refused with correction-changes-legal-period' }) @IsIsoDate() @IsOptional() until?: IsoDate;
}

export class CorrectionChangesRequest {
  @ApiPropertyOptional() @MaxLength(200) @IsNotEmpty() @IsString() @IsOptional() court?: string;
  // Accepted so the register can say why it refuses: the day an order was made decides its legal periods.
  @ApiPropertyOptional({ description: 'not correctable: refused with correction-changes-legal-period' }) @IsIsoDate() @IsOptional() madeOn?: IsoDate;
  @ApiPropertyOptional() @IsIsoDate() @IsOptional() servedOn?: IsoDate;
  @ApiPropertyOptional({ type: SubjectCorrectionRequest, description: 'not correctable here: refused with subject-identity (POST /api/subjects/{subjectId}/corrections)' }) @ValidateNested() @Type(() => SubjectCorrectionRequest) @IsObject() @IsOptional() subject?: SubjectCorrectionRequest;

  @ApiPropertyOptional({ type: [ProhibitionTextCorrectionRequest] })
  @ValidateNested({ each: true })
  @Type(() => ProhibitionTextCorrectionRequest)
  @IsObject({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  @IsOptional()
  prohibitionTexts?: ProhibitionTextCorrectionRequest[];
}

export class CorrectRecordRequest {
  @ApiProperty({ example: '2026-11-23' }) @IsIsoDate() correctedOn: IsoDate;
  @ApiProperty({ example: 'Surname mistyped from the court record' }) @MaxLength(1000) @IsNotEmpty() @IsString() reason: string;
  @ApiProperty({ type: CorrectionChangesRequest }) @ValidateNested() @Type(() => CorrectionChangesRequest) @IsObject() @IsDefined() changes: CorrectionChangesRequest;
}
