import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../../validation/stor-validators.js';
import { ProhibitionRequest } from '../prohibition.request.dto.js';

export class VaryOrderRequest {
  @ApiProperty({ example: 'Maidstone Crown Court' }) @IsString() @IsNotEmpty() @MaxLength(200) court: string;
  @ApiProperty({ example: '2026-01-10' }) @IsIsoDate() variedOn: string;

  @ApiProperty({ type: [ProhibitionRequest] })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ProhibitionRequest)
  addProhibitions: ProhibitionRequest[];

  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  removeProhibitionIds: string[];
}
