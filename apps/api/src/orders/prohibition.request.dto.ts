import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { FOREIGN_TRAVEL_SCOPES, type ForeignTravel, type IsoDate } from '#domain';
import type { NewProhibition } from '#orders';
import { IsIsoDate } from '../validation/stor-validators.js';

// With stopAtFirstError, class-validator reports the decorator nearest the property first: the
// type check sits there, so a missing field says "must be a string", not "must be shorter than …".

export class ForeignTravelRequest {
  @ApiProperty({ enum: FOREIGN_TRAVEL_SCOPES })
  @IsIn(FOREIGN_TRAVEL_SCOPES)
  scope: ForeignTravel['scope'];

  @ApiProperty({ type: [String], example: ['FR', 'RO'], description: 'ISO 3166-1 alpha-2 country codes' })
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as FR' })
  @ArrayMaxSize(250)
  @IsArray()
  countries: string[];
}

export class ProhibitionRequest {
  @ApiProperty({ example: 'Must not enter any car wash premises' })
  @MaxLength(2000)
  @IsNotEmpty()
  @IsString()
  text: string;

  @ApiProperty({ type: String, nullable: true, example: '2030-03-14', description: 'last day in force; null = until further order' })
  @IsIsoDate({ message: 'until must be a date written YYYY-MM-DD, or null for "until further order"' })
  @ValidateIf((_, value) => value !== null)
  until: IsoDate | null;

  @ApiPropertyOptional({ type: ForeignTravelRequest })
  @ValidateNested()
  @Type(() => ForeignTravelRequest)
  @IsObject()
  @IsOptional()
  foreignTravel?: ForeignTravelRequest;
}

/** A list of prohibitions as the court worded them: objects, at most a hundred. */
export function ProhibitionList(): PropertyDecorator {
  return (target, property) => {
    ValidateNested({ each: true })(target, property);
    Type(() => ProhibitionRequest)(target, property);
    IsObject({ each: true, message: `each of ${String(property)} must be an object with text and until` })(target, property);
    ArrayMaxSize(100)(target, property);
    IsArray()(target, property);
  };
}

/** The command's view of a prohibition as the court worded it; ids are given by the use case. */
export function toNewProhibition({ text, until, foreignTravel }: ProhibitionRequest): NewProhibition {
  return {
    text,
    until,
    ...(foreignTravel ? { foreignTravel: { scope: foreignTravel.scope, countries: [...foreignTravel.countries] } } : {}),
  };
}
