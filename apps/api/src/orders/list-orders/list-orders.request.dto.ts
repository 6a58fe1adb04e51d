import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { ForceCode } from '#forces';
import { REGIONS } from '#forces';
import { IsForceCode } from '../../validation/stor-validators.js';

export const ORDER_STATUSES = ['active', 'interim', 'expired', 'discharged', 'quashed', 'superseded', 'ended'];

export class ListOrdersRequest {
  @ApiPropertyOptional({ example: 'kent' }) @IsOptional() @IsForceCode() force?: ForceCode;
  @ApiPropertyOptional({ enum: ORDER_STATUSES }) @IsOptional() @IsIn(ORDER_STATUSES) status?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only orders that touch more than one force' })
  @IsOptional()
  @IsIn(['true', 'false'])
  crossBorder?: 'true' | 'false';

  @ApiPropertyOptional({ example: 'eastern' })
  @IsOptional()
  @IsIn(REGIONS.map((region) => region.code), { message: 'region must be a region code, e.g. eastern' })
  region?: string;

  @ApiPropertyOptional({ example: '1' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,5}$/, { message: 'page must be a whole number from 1' })
  page?: string;

  @ApiPropertyOptional({ example: '50' })
  @IsOptional()
  @Matches(/^([1-9]|[1-9]\d|1\d\d|200)$/, { message: 'pageSize must be a whole number from 1 to 200' })
  pageSize?: string;

  @ApiPropertyOptional({ description: 'wait until the register has applied this log position' })
  @IsOptional()
  position?: string;
}
