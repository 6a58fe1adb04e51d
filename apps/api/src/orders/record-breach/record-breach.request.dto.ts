import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsForceCode, IsIsoDate } from '../../validation/stor-validators.js';

export class RecordBreachRequest {
  @ApiProperty({ example: '2026-11-20' }) @IsIsoDate() occurredOn: string;
  @ApiProperty({ example: 'sussex', description: 'the force in whose area the breach happened' }) @IsForceCode() locationForce: string;
  @ApiProperty() @MaxLength(5000) @IsNotEmpty() @IsString() description: string;

  @ApiProperty({ type: [String], description: 'the prohibitions breached' })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  prohibitionIds: string[];
}
