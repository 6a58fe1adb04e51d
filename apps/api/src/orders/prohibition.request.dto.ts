import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import type { NewProhibition } from '#orders';
import { IsIsoDate } from '../validation/stor-validators.js';

export class ForeignTravelRequest {
  @ApiProperty({ enum: ['named-countries', 'all-except', 'all'] })
  @IsIn(['named-countries', 'all-except', 'all'])
  scope: 'named-countries' | 'all-except' | 'all';

  @ApiProperty({ type: [String], example: ['FR', 'RO'], description: 'ISO 3166-1 alpha-2 country codes' })
  @IsArray()
  @ArrayMaxSize(250)
  @Matches(/^[A-Z]{2}$/, { each: true, message: 'countries must be ISO 3166-1 alpha-2 codes such as FR' })
  countries: string[];
}

export class ProhibitionRequest {
  @ApiProperty({ example: 'Must not enter any car wash premises' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text: string;

  @ApiProperty({ type: String, nullable: true, example: '2030-03-14', description: 'last day in force; null = until further order' })
  @ValidateIf((_, value) => value !== null)
  @IsIsoDate({ message: 'until must be a date written YYYY-MM-DD, or null for "until further order"' })
  until: string | null;

  @ApiPropertyOptional({ type: ForeignTravelRequest })
  @IsOptional()
  @ValidateNested()
  @Type(() => ForeignTravelRequest)
  foreignTravel?: ForeignTravelRequest;
}

/** The command's view of a prohibition as the court worded it; ids are given by the use case. */
export function toNewProhibition({ text, until, foreignTravel }: ProhibitionRequest): NewProhibition {
  return {
    text,
    until,
    ...(foreignTravel ? { foreignTravel: { scope: foreignTravel.scope, countries: [...foreignTravel.countries] } } : {}),
  };
}
