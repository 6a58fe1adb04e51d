import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { ForceCode } from '#forces';
import { BREACH_REQUIREMENTS, type BreachRequirement, type IsoDate } from '#domain';
import { IsForceCode, IsIsoDate } from '../../validation/stor-validators.js';

export class RecordBreachRequest {
  @ApiProperty({ example: '2026-11-20' }) @IsIsoDate() occurredOn: IsoDate;
  @ApiProperty({ example: 'sussex', description: 'the force in whose area the breach happened' }) @IsForceCode() locationForce: ForceCode;
  @ApiProperty() @MaxLength(5000) @IsNotEmpty() @IsString() description: string;

  @ApiPropertyOptional({ enum: BREACH_REQUIREMENTS, isArray: true, description: 'requirements not complied with (R31): notification, passport-surrender' })
  @IsIn(BREACH_REQUIREMENTS, { each: true })
  @ArrayMaxSize(2)
  @IsArray()
  @IsOptional()
  requirements?: BreachRequirement[];

  @ApiPropertyOptional({ type: [String], description: 'the prohibitions breached (may be left out when a requirement was breached)' })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  @IsOptional()
  prohibitionIds?: string[];
}
