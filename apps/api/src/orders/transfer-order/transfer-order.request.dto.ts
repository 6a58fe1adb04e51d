import { ApiProperty } from '@nestjs/swagger';
import type { IsoDate } from '#domain';
import type { ForceCode } from '#forces';
import { IsForceCode, IsIsoDate } from '../../validation/stor-validators.js';

export class TransferOrderRequest {
  @ApiProperty({ example: 'sussex', description: 'the force that manages the order from now on' }) @IsForceCode() toForce: ForceCode;
  @ApiProperty({ example: '2026-11-20' }) @IsIsoDate() transferredOn: IsoDate;
}
