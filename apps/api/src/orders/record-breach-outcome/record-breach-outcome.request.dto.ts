import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsObject, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../../validation/stor-validators.js';

const OUTCOMES = ['charged', 'convicted', 'acquitted', 'no-further-action', 'cautioned'] as const;
const SENTENCES = ['custody', 'suspended-custody', 'community', 'fine', 'absolute-discharge', 'conditional-discharge'] as const;

export class SentenceRequest {
  @ApiProperty({ enum: SENTENCES }) @IsIn(SENTENCES) kind: (typeof SENTENCES)[number];
  @ApiPropertyOptional({ example: 18 }) @Max(600) @Min(1) @IsInt() @IsOptional() months?: number;
  @ApiProperty({ enum: ['magistrates', 'crown'] }) @IsIn(['magistrates', 'crown']) court: 'magistrates' | 'crown';
}

export class RecordBreachOutcomeRequest {
  @ApiProperty({ enum: OUTCOMES }) @IsIn(OUTCOMES) outcome: (typeof OUTCOMES)[number];
  @ApiProperty({ example: '2026-12-01' }) @IsIsoDate() decidedOn: string;

  @ApiPropertyOptional({ type: SentenceRequest, description: 'with a conviction: the sentence (R32, R33)' })
  @ValidateNested()
  @Type(() => SentenceRequest)
  @IsObject()
  @IsOptional()
  sentence?: SentenceRequest;
}
