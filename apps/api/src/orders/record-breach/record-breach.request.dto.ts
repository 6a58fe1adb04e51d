import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsForceCode, IsIsoDate } from '../../validation/stor-validators.js';

export class RecordBreachRequest {
  @ApiProperty({ example: '2026-11-20' }) @IsIsoDate() occurredOn: string;
  @ApiProperty({ example: 'sussex', description: 'the force in whose area the breach happened' }) @IsForceCode() locationForce: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(5000) description: string;

  @ApiProperty({ type: [String], description: 'the prohibitions breached' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  prohibitionIds: string[];
}
