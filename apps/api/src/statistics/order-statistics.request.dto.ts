import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { STATISTICS_KEYS, type StatisticsKey } from '#register';

export class OrderStatisticsRequest {
  @ApiProperty({ enum: STATISTICS_KEYS, description: 'force: the force that obtained the orders; year: the year they were made; type: the order type' })
  @IsIn(STATISTICS_KEYS, { message: `by must be one of ${STATISTICS_KEYS.join(', ')}` })
  by: StatisticsKey;

  @ApiPropertyOptional({ description: 'wait until the register has applied this log position' })
  @IsOptional()
  position?: string;
}
