import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { BREACH_OUTCOMES, SENTENCE_KINDS, SENTENCING_COURTS, type BreachOutcome, type Sentence, type IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';

export class SentenceRequest {
  @ApiProperty({ enum: SENTENCE_KINDS }) @IsIn(SENTENCE_KINDS) kind: Sentence['kind'];
  @ApiPropertyOptional({ example: 18 }) @Max(600) @Min(1) @IsInt() @IsOptional() months?: number;
  @ApiProperty({ enum: SENTENCING_COURTS }) @IsIn(SENTENCING_COURTS) court: Sentence['court'];
}

export class RecordBreachOutcomeRequest {
  @ApiProperty({ enum: BREACH_OUTCOMES }) @IsIn(BREACH_OUTCOMES) outcome: BreachOutcome;
  @ApiProperty({ example: '2026-12-01' }) @IsIsoDate() decidedOn: IsoDate;

  @ApiPropertyOptional({ type: SentenceRequest, description: 'with a conviction: the sentence (R32, R33)' })
  @ValidateNested()
  @Type(() => SentenceRequest)
  @IsObject()
  @IsOptional()
  sentence?: SentenceRequest;
}
