import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type IsoDate, ORDER_TYPES, orderTypeLabel } from '#domain';
import { forceByCode, FORCES } from '#forces';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { Clock } from '#platform';
import { OrderStatisticsQuery, type StatisticsKey, type StatisticsRow } from '#register';
import { readableForces } from '../access/scope.js';
import { ReadYourWrites } from '../consistency/read-your-writes.js';
import { OrderStatisticsRequest } from './order-statistics.request.dto.js';

interface OrderStatistics {
  by: StatisticsKey;
  asAt: IsoDate;
  /** Whose orders are counted: every force's, or a ROCU's region's (by the force that obtained them). */
  scope: { national: true } | { region: string };
  /** One row for every key, a force or type with no order included: a zero is an answer too. */
  rows: (StatisticsRow & { label: string })[];
  totals: Omit<StatisticsRow, 'key'>;
}

@ApiTags('statistics')
@ApiBearerAuth()
@Controller('api/stats')
export class OrderStatisticsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly consistency: ReadYourWrites,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('national', 'rocu')
  @ApiOperation({ summary: "Orders made, in force today and breaches recorded, by the force that obtained them, the year made or the type: the country's (national) or a region's (ROCU)" })
  async count(@Query() { by, position }: OrderStatisticsRequest, @CurrentPrincipal() principal: Principal): Promise<OrderStatistics> {
    await this.consistency.reach(position);
    const today = this.clock.today();
    const forces = readableForces(principal);
    const counted = await this.queries.execute<OrderStatisticsQuery, StatisticsRow[]>(new OrderStatisticsQuery(by, forces, today));
    const rows = everyKey(by, forces, counted, today).map((key) => ({ ...(counted.find((row) => row.key === key) ?? { key, made: 0, active: 0, breaches: 0 }), label: labelOf(by, key) }));
    const totals = rows.reduce((sum, row) => ({ made: sum.made + row.made, active: sum.active + row.active, breaches: sum.breaches + row.breaches }), { made: 0, active: 0, breaches: 0 });
    return { by, asAt: today, scope: forces === null ? { national: true } : { region: principal.region ?? '' }, rows, totals };
  }
}

/** The keys a reader expects to see: every force in scope, every type, every year from the first order to this one. */
function everyKey(by: StatisticsKey, forces: readonly string[] | null, counted: readonly StatisticsRow[], today: IsoDate): string[] {
  if (by === 'force') return [...(forces ?? FORCES.map((force) => force.code))];
  if (by === 'type') return [...ORDER_TYPES];
  const years = counted.map((row) => Number(row.key));
  const last = Number(today.slice(0, 4));
  const first = Math.min(last, ...years);
  return Array.from({ length: last - first + 1 }, (_, index) => String(first + index));
}

function labelOf(by: StatisticsKey, key: string): string {
  if (by === 'force') return forceByCode(key)?.name ?? key;
  if (by === 'type') return orderTypeLabel(key as (typeof ORDER_TYPES)[number]);
  return key;
}
