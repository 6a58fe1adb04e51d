import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';

/** Why the law requires the erasure (the order or request it answers); kept with the record of the erasure, not in the log. */
export class EraseSubjectRequest {
  @ApiProperty({ maxLength: 500 })
  @Matches(/\S/u, { message: 'reason must say why the data is erased' })
  @MaxLength(500)
  @IsNotEmpty()
  @IsString()
  reason!: string;
}
