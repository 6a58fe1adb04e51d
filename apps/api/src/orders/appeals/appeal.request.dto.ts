import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { APPEAL_OUTCOMES, type AppealOutcome, type IsoDate } from '#domain';
import { IsIsoDate } from '../../validation/stor-validators.js';
import { PassportSurrenderTermsRequest } from '../make-order/make-order.request.dto.js';
import { ProhibitionList, ProhibitionRequest } from '../prohibition.request.dto.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).
export class LodgeAppealRequest {
  @ApiProperty({ example: 'Canterbury Crown Court' }) @MaxLength(200) @IsNotEmpty() @IsString() court: string;
  @ApiProperty({ example: '2025-04-01' }) @IsIsoDate() lodgedOn: IsoDate;
}

export class AppealVariationRequest {
  // As a variation: either list may be left out.
  @ApiPropertyOptional({ type: [ProhibitionRequest] }) @ProhibitionList() @IsOptional() addProhibitions?: ProhibitionRequest[];

  @ApiPropertyOptional({ type: [String] })
  @IsString({ each: true })
  @ArrayMaxSize(100)
  @IsArray()
  @IsOptional()
  removeProhibitionIds?: string[];

  @ApiPropertyOptional({ type: PassportSurrenderTermsRequest })
  @ValidateNested()
  @Type(() => PassportSurrenderTermsRequest)
  @IsObject()
  @IsOptional()
  passportSurrender?: PassportSurrenderTermsRequest;
}

export class AppealOutcomeRequest {
  @ApiProperty({ enum: APPEAL_OUTCOMES }) @IsIn(APPEAL_OUTCOMES) outcome: AppealOutcome;
  @ApiProperty({ example: '2025-06-01' }) @IsIsoDate() decidedOn: IsoDate;

  @ApiPropertyOptional({ type: AppealVariationRequest, description: 'what the appeal court changed, when the outcome is varied' })
  @ValidateNested()
  @Type(() => AppealVariationRequest)
  @IsObject()
  @IsOptional()
  variation?: AppealVariationRequest;
}
