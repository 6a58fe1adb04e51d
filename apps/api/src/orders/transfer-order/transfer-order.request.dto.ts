import { ApiProperty } from '@nestjs/swagger';
import type { IsoDate } from '#domain';
import { IsForceCode, IsIsoDate } from '../../validation/stor-validators.js';

export class TransferOrderRequest {
  @ApiProperty({ example: 'sussex', description: 'the force that manages the order from now on' }) @IsForceCode() toForce: string;
  @ApiProperty({ example: '2026-11-20' }) @IsIsoDate() transferredOn: IsoDate;
}
