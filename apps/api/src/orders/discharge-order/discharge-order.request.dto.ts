import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';

export class DischargeConsentRequest {
  @ApiProperty() @IsBoolean() subject: boolean;
  @ApiProperty() @IsBoolean() chiefOfficer: boolean;
}

export class DischargeOrderRequest {
  @ApiProperty({ example: 'Maidstone Crown Court' }) @MaxLength(200) @IsNotEmpty() @IsString() court: string;
  @ApiProperty({ example: '2026-01-10' }) @IsIsoDate() dischargedOn: IsoDate;

  @ApiProperty({ type: DischargeConsentRequest })
  @ValidateNested()
  @Type(() => DischargeConsentRequest)
  @IsObject()
  @IsDefined()
  consent: DischargeConsentRequest;
}
