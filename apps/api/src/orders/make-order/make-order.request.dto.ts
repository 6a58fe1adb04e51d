import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { ForceCode } from '#forces';
import { APPLICANT_KINDS, type ApplicantKind, LEGAL_BASES, type LegalBasis, OFFENCE_JURISDICTIONS, type OffenceJurisdiction, ORDER_TYPES, type OrderType, QUALIFYING_OUTCOMES, type QualifyingOutcome, type IsoDate } from '#domain';
import { IsForceCode, IsIsoDate, IsUkPostcode } from '../../validation/stor-validators.js';
import { ProhibitionList, ProhibitionRequest } from '../prohibition.request.dto.js';

// Decorators nearest the property are checked first (see prohibition.request.dto.ts).

/** A name officers can search for: it has at least one letter. */
const HAS_LETTER = /\p{L}/u;

export class AliasRequest {
  @ApiProperty() @Matches(HAS_LETTER, { message: 'forenames must contain a letter' }) @MaxLength(200) @IsString() forenames: string;
  @ApiProperty() @Matches(HAS_LETTER, { message: 'surname must contain a letter' }) @MaxLength(200) @IsString() surname: string;
}

/** Where the subject lives when the order is made (API.md `subject.address`); notifications move it on. */
export class SubjectAddressRequest {
  @ApiProperty({ example: '12 Station Road, Hastings', maxLength: 200 }) @MaxLength(200) @IsNotEmpty() @IsString() line1: string;
  @ApiProperty({ example: 'TN34 1AA', maxLength: 10, description: 'a UK postcode' }) @IsUkPostcode() @IsString() postcode: string;
  @ApiProperty({ example: 'sussex', description: 'the force area the address is in (GET /api/forces): it and its neighbours are alerted of the order' }) @IsForceCode() force: ForceCode;
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
  dateOfBirth: IsoDate | null;

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

  @ApiPropertyOptional({ type: String, nullable: true, example: '123456/08T', description: 'CRO number (NNNNNN/YYC or SFYY/NNNNNNC); stored canonical' })
  @MaxLength(20)
  @IsString()
  @IsOptional()
  croNumber?: string | null;

  @ApiPropertyOptional({
    type: SubjectAddressRequest,
    description: 'where the subject lives when the order is made, if known; shown on the order until a notification moves it on',
  })
  @ValidateNested()
  @Type(() => SubjectAddressRequest)
  @IsObject()
  @IsOptional()
  address?: SubjectAddressRequest;
}


export class ApplicantRequest {
  @ApiProperty({ enum: APPLICANT_KINDS, description: 'who applied (R4); court = made on sentencing (s14)' }) @IsIn(APPLICANT_KINDS) kind: ApplicantKind;
  @ApiPropertyOptional({ example: 'kent', description: "the chief officer's force" }) @IsForceCode() @IsOptional() force?: ForceCode;
}

export class QualifyingOffenceRequest {
  @ApiProperty({ example: 'Holding a person in slavery or servitude (MSA 2015 s1)' }) @MaxLength(300) @IsNotEmpty() @IsString() offence: string;
  @ApiProperty({ enum: QUALIFYING_OUTCOMES }) @IsIn(QUALIFYING_OUTCOMES) outcome: QualifyingOutcome;
  @ApiProperty({ example: '2025-02-10' }) @IsIsoDate() decidedOn: IsoDate;
  @ApiProperty({ enum: OFFENCE_JURISDICTIONS }) @IsIn(OFFENCE_JURISDICTIONS) jurisdiction: OffenceJurisdiction;
}

export class PassportSurrenderTermsRequest {
  @ApiProperty({ example: 'Maidstone Police Station' }) @MaxLength(200) @IsNotEmpty() @IsString() policeStation: string;
  @ApiProperty({ example: '2025-03-21' }) @IsIsoDate() dueOn: IsoDate;
}

/** The legal fields of an order: optional in the v1 contract, recorded when given (R1, R2, R4-R7, R12, R15, R26). */
export class OrderLegalTermsRequest {
  @ApiPropertyOptional({ enum: LEGAL_BASES }) @IsIn(LEGAL_BASES) @IsOptional() legalBasis?: LegalBasis;
  @ApiPropertyOptional({ type: ApplicantRequest }) @ValidateNested() @Type(() => ApplicantRequest) @IsObject() @IsOptional() applicant?: ApplicantRequest;
  @ApiPropertyOptional({ example: 'kent', description: 'R6: the police force told of a non-police application' }) @IsForceCode() @IsOptional() notifiedForce?: ForceCode;

  @ApiPropertyOptional({ type: QualifyingOffenceRequest })
  @ValidateNested()
  @Type(() => QualifyingOffenceRequest)
  @IsObject()
  @IsOptional()
  qualifyingOffence?: QualifyingOffenceRequest;

  @ApiPropertyOptional({ description: 'the court required name and address notification (s19/s26); needs servedOn and notifyTo' })
  @IsBoolean()
  @IsOptional()
  notificationRequired?: boolean;

  @ApiPropertyOptional({ example: 'Kent Police Public Protection Unit', description: 'the person specified in the order to notify' })
  @MaxLength(200)
  @IsNotEmpty()
  @IsString()
  @IsOptional()
  notifyTo?: string;

  @ApiPropertyOptional({ type: PassportSurrenderTermsRequest, description: 'R12: required with an all-countries travel ban' })
  @ValidateNested()
  @Type(() => PassportSurrenderTermsRequest)
  @IsObject()
  @IsOptional()
  passportSurrender?: PassportSurrenderTermsRequest;

  @ApiPropertyOptional({ description: 'R26: the interim order whose main application this order determines' })
  @IsUUID()
  @IsOptional()
  interimOrderId?: string;
}

export class MakeOrderRequest extends OrderLegalTermsRequest {
  @ApiProperty({ enum: ORDER_TYPES }) @IsIn(ORDER_TYPES as OrderType[]) type: OrderType;
  @ApiProperty({ example: 'kent' }) @IsForceCode() owningForce: ForceCode;
  @ApiProperty({ example: 'Maidstone Crown Court' }) @MaxLength(200) @IsNotEmpty() @IsString() court: string;
  @ApiProperty({ example: '2025-03-14' }) @IsIsoDate() madeOn: IsoDate;

  @ApiPropertyOptional({ example: '2025-03-14' })
  @IsIsoDate()
  @IsOptional()
  servedOn?: IsoDate;

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
