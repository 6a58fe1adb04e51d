import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BREACH_STATISTICS_KEYS, type BreachStatisticsKey, STATISTICS_KEYS, type StatisticsKey } from '#register';

export class OrderStatisticsRequest {
  @ApiProperty({
    enum: STATISTICS_KEYS,
    description: 'force: the force that obtained the orders; year: the year they were made; type: the order type; year-type-force: each year, type and force with an order',
  })
  @IsIn(STATISTICS_KEYS, { message: `by must be one of ${STATISTICS_KEYS.join(', ')}` })
  by: StatisticsKey;

  @ApiPropertyOptional({ description: 'wait until the register has applied this log position' })
  @IsOptional()
  position?: string;
}

export class BreachStatisticsRequest {
  @ApiProperty({ enum: BREACH_STATISTICS_KEYS, description: 'outcome: what last became of each breach; force: the force where it happened' })
  @IsIn(BREACH_STATISTICS_KEYS, { message: `by must be one of ${BREACH_STATISTICS_KEYS.join(', ')}` })
  by: BreachStatisticsKey;

  @ApiPropertyOptional({ description: 'wait until the register has applied this log position' })
  @IsOptional()
  position?: string;
}
