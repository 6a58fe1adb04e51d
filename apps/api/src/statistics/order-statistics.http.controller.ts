import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { ReadYourWrites } from '../consistency/read-your-writes.js';
import { type BreachStatistics, NationalFigures, type OrderStatistics } from './national-figures.js';
import { BreachStatisticsRequest, OrderStatisticsRequest } from './order-statistics.request.dto.js';

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/stats')
export class OrderStatisticsController {
  constructor(
    private readonly figures: NationalFigures,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get()
  @Allow('national', 'rocu')
  @ApiOperation({
    summary:
      "Orders made, in force today and breaches recorded, by the force that obtained them, the year made or the type, or by all three at once (year-type-force): the country's (national) or a region's (ROCU)",
  })
  async count(@Query() { by, position }: OrderStatisticsRequest, @CurrentPrincipal() principal: Principal): Promise<OrderStatistics> {
    await this.consistency.reach(position);
    return this.figures.orders(by, principal);
  }

  @Get('breaches')
  @Allow('national', 'rocu')
  @ApiOperation({
    summary:
      "Breaches recorded, ever and in the last twelve months, by what last became of them (outcome) or the force where they happened: the country's (national) or those that happened in a region (ROCU)",
  })
  async breaches(@Query() { by, position }: BreachStatisticsRequest, @CurrentPrincipal() principal: Principal): Promise<BreachStatistics> {
    await this.consistency.reach(position);
    return this.figures.breaches(by, principal);
  }
}
