import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { orderTypeLabel, type OrderType } from '#domain';
import { forceByCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { forcesInScope, NationalFigures } from '../../statistics/national-figures.js';
import { queryText } from '../forms/query-text.js';
import { validatedForm } from '../forms/validated-form.js';
import { PageRoute } from '../session/page-access.js';
import { csvText } from './csv.js';
import { DEFAULT_YEARS, StatisticsFilters } from './statistics-filters.js';
import { forcesWithoutOrders } from './yearly-figures.js';

const ROLES = ['national', 'rocu'] as const;

/** Each statistics section's figures as a CSV file, scoped exactly as the page and the API are. */
@ApiExcludeController()
@Controller('statistics')
export class StatisticsDownloadsController {
  constructor(private readonly figures: NationalFigures) {}

  /** The cross-tabulation: every year, force and type with an order. */
  @Get('orders-by-year.csv')
  @PageRoute(...ROLES)
  async ordersByYear(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { rows, asAt } = await this.figures.orders('year-type-force', principal);
    return this.send(reply, `orders-by-year-type-force-${asAt}`, csvText(
      ['Year', 'Force code', 'Force', 'Order type', 'Orders made', 'In force today', 'Breaches recorded'],
      rows.map((row) => [row.year ?? '', row.force ?? '', forceByCode(row.force ?? '')?.name ?? '', orderTypeLabel(row.type as OrderType), row.made, row.active, row.breaches]),
    ));
  }

  @Get('orders-by-force.csv')
  @PageRoute(...ROLES)
  async ordersByForce(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { rows, asAt } = await this.figures.orders('force', principal);
    return this.send(reply, `orders-by-force-${asAt}`, csvText(
      ['Force code', 'Force', 'Orders made', 'In force today', 'Breaches recorded'],
      rows.map((row) => [row.key, row.label, row.made, row.active, row.breaches]),
    ));
  }

  @Get('breaches.csv')
  @PageRoute(...ROLES)
  async breaches(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const { rows, asAt } = await this.figures.breaches('outcome', principal);
    return this.send(reply, `breaches-by-outcome-${asAt}`, csvText(
      ['Latest outcome', 'Breaches', 'In the last 12 months'],
      rows.map((row) => [row.label, row.breaches, row.lastTwelveMonths]),
    ));
  }

  @Get('forces-without-orders.csv')
  @PageRoute(...ROLES)
  async forcesWithoutOrders(@Query('years') yearsAsked: unknown, @CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const asked = queryText(yearsAsked);
    const { errors } = await validatedForm(StatisticsFilters, { years: asked || undefined }, 'years');
    if (errors.years) throw new InvalidRequest([{ field: 'years', message: errors.years }]);
    const years = asked ? Number(asked) : DEFAULT_YEARS;
    // The forces in scope are known without counting them: one scan of the register, not two.
    const crossTab = await this.figures.orders('year-type-force', principal);
    const thisYear = Number(crossTab.asAt.slice(0, 4));
    const forces = forcesWithoutOrders(crossTab.rows, forcesInScope(principal), thisYear, years);
    return this.send(reply, `forces-without-orders-${thisYear - years + 1}-${thisYear}`, csvText(
      ['Force code', 'Force', 'Last year an order was obtained'],
      forces.map((force) => [force.code, force.name, force.lastYear ?? 'none recorded']),
    ));
  }

  private send(reply: FastifyReply, name: string, csv: string): string {
    void reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="stor-${name}.csv"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff');
    return csv;
  }
}
