import { ForbiddenException, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation } from '@nestjs/swagger';
import { forcesInRegion, isForceCode } from '#forces';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { OrdersApi } from '../orders-api.decorators.js';
import { Clock } from '#platform';
import { ListOrdersQuery, type OrderPage } from '#register';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { ListOrdersRequest } from './list-orders.request.dto.js';

@OrdersApi('orders')
export class ListOrdersController {
  constructor(
    private readonly queries: QueryBus,
    private readonly consistency: ReadYourWrites,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Allow('order-manager', 'rocu', 'national')
  @ApiOperation({ summary: 'A page of orders: own force (order manager), region (ROCU), any (national)' })
  async list(@Query() query: ListOrdersRequest, @CurrentPrincipal() principal: Principal): Promise<OrderPage> {
    await this.consistency.reach(query.position);
    return this.queries.execute(
      new ListOrdersQuery(
        scopedForces(principal, query.force, query.region),
        query.status ?? null,
        query.crossBorder === 'true',
        Number(query.page ?? 1),
        Number(query.pageSize ?? 50),
        this.clock.today(),
      ),
    );
  }
}

function scopedForces(principal: Principal, force: string | undefined, region: string | undefined): string[] | null {
  const asked = force ? [force] : region ? forcesInRegion(region) : null;
  switch (principal.role) {
    case 'national':
      return asked;
    case 'rocu': {
      const own = forcesInRegion(principal.region ?? '');
      if (region && region !== principal.region) throw new ForbiddenException('You may list only the orders of your own region.');
      if (force && !(isForceCode(force) && own.includes(force))) throw new ForbiddenException(`${force} is not a force of your region.`);
      return asked ?? own;
    }
    default:
      if ((force && force !== principal.force) || (region && region !== principal.region)) {
        throw new ForbiddenException('You may list only the orders of your own force.');
      }
      return [principal.force as string];
  }
}
