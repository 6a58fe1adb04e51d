import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CheckSubjectRequest {
  @ApiPropertyOptional({ example: 'Jan Kowalski', description: 'any names, any order; accents and case ignored; aliases included' })
  @MaxLength(200)
  @IsString()
  @IsOptional()
  name?: string;

  @ApiPropertyOptional({ example: '1980-05-02', description: 'a date (YYYY-MM-DD) or a year (YYYY); narrows a name, never searches alone' })
  @Matches(/^[1-9]\d{3}(-\d{2}-\d{2})?$/, { message: 'dateOfBirth must be a date written YYYY-MM-DD or a year YYYY' })
  @IsString()
  @IsOptional()
  dateOfBirth?: string;

  @ApiPropertyOptional({ example: '2001/0012345H' })
  @MaxLength(20)
  @IsString()
  @IsOptional()
  pncId?: string;

  @ApiPropertyOptional({ example: '123456/08T', description: 'CRO number, NNNNNN/YYC or SFYY/NNNNNNC' })
  @MaxLength(20)
  @IsString()
  @IsOptional()
  croNumber?: string;

  @ApiPropertyOptional({ description: 'why the check is made; kept in the audit trail' })
  @MaxLength(200)
  @IsString()
  @IsOptional()
  purpose?: string;
}
