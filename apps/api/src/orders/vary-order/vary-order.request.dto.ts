import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsIsoDate } from '../../validation/stor-validators.js';
import { ProhibitionList, ProhibitionRequest } from '../prohibition.request.dto.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
export class VaryOrderRequest {
  @ApiProperty({ example: 'Maidstone Crown Court' }) @MaxLength(200) @IsNotEmpty() @IsString() court: string;
  @ApiProperty({ example: '2026-01-10' }) @IsIsoDate() variedOn: string;

  @ApiProperty({ type: [ProhibitionRequest] })
  @ProhibitionList()
  addProhibitions: ProhibitionRequest[];

  @ApiProperty({ type: [String] })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  removeProhibitionIds: string[];
}
