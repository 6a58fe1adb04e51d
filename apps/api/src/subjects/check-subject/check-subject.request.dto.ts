import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CheckSubjectRequest {
  @ApiPropertyOptional({ example: 'Jan Kowalski', description: 'any names, any order; accents and case ignored; aliases included' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: '1980-05-02', description: 'a date (YYYY-MM-DD) or a year (YYYY)' })
  @IsOptional()
  @Matches(/^\d{4}(-\d{2}-\d{2})?$/, { message: 'dateOfBirth must be a date written YYYY-MM-DD or a year YYYY' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '2001/0012345H' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  pncId?: string;

  @ApiPropertyOptional({ description: 'why the check is made; kept in the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  purpose?: string;
}
