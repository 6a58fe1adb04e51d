import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { ORDER_TYPES, type OrderType } from '#domain';
import { IsForceCode, IsIsoDate } from '../../validation/stor-validators.js';
import { ProhibitionList, ProhibitionRequest } from '../prohibition.request.dto.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).

/** A name officers can search for: it has at least one letter. */
const HAS_LETTER = /\p{L}/u;

export class AliasRequest {
  @ApiProperty() @Matches(HAS_LETTER, { message: 'forenames must contain a letter' }) @MaxLength(200) @IsString() forenames: string;
  @ApiProperty() @Matches(HAS_LETTER, { message: 'surname must contain a letter' }) @MaxLength(200) @IsString() surname: string;
}

export class SubjectRequest {
  @ApiPropertyOptional({ description: 'a subject already on the register; omit to create a new subject' })
  @IsUUID()
  @IsOptional()
  subjectId?: string;

  @ApiProperty({ example: 'Jan' })
  @Matches(HAS_LETTER, { message: 'forenames must contain a letter' })
  @MaxLength(200)
  @IsString()
  forenames: string;

  @ApiProperty({ example: 'Kowalski' })
  @Matches(HAS_LETTER, { message: 'surname must contain a letter' })
  @MaxLength(200)
  @IsString()
  surname: string;

  @ApiProperty({ type: String, nullable: true, example: '1980-05-02' })
  @IsIsoDate({ message: 'dateOfBirth must be a date written YYYY-MM-DD, or null when not known' })
  @ValidateIf((_, value) => value !== null)
  dateOfBirth: string | null;

  @ApiPropertyOptional({ type: [AliasRequest] })
  @ValidateNested({ each: true })
  @Type(() => AliasRequest)
  @IsObject({ each: true, message: 'each alias must be an object with forenames and surname' })
  @ArrayMaxSize(50)
  @IsArray()
  @IsOptional()
  aliases?: AliasRequest[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '2001/0012345H', description: 'long or short form; stored canonical' })
  @MaxLength(20)
  @IsString()
  @IsOptional()
  pncId?: string | null;
}

export class MakeOrderRequest {
  @ApiProperty({ enum: ORDER_TYPES }) @IsIn(ORDER_TYPES as OrderType[]) type: OrderType;
  @ApiProperty({ example: 'kent' }) @IsForceCode() owningForce: string;
  @ApiProperty({ example: 'Maidstone Crown Court' }) @MaxLength(200) @IsNotEmpty() @IsString() court: string;
  @ApiProperty({ example: '2025-03-14' }) @IsIsoDate() madeOn: string;

  @ApiPropertyOptional({ example: '2025-03-14' })
  @IsIsoDate()
  @IsOptional()
  servedOn?: string;

  @ApiProperty({ type: SubjectRequest })
  @ValidateNested()
  @Type(() => SubjectRequest)
  @IsObject()
  @IsDefined()
  subject: SubjectRequest;

  @ApiProperty({ type: [ProhibitionRequest] })
  @ProhibitionList()
  prohibitions: ProhibitionRequest[];
}
