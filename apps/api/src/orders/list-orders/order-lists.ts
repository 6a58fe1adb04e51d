import { ForbiddenException, Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { forcesInRegion, isForceCode } from '#forces';
import type { Principal } from '#identity';
import { Clock } from '#platform';
import { ListOrdersQuery, type OrderPage } from '#register';
import type { ListOrdersRequest } from './list-orders.request.dto.js';

/**
 * A page of orders as GET /api/orders and the region pages list them: narrowed to the forces the
 * user may list (own force, own region, any), statuses as at today.
 */
@Injectable()
export class OrderLists {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  list(asked: Omit<ListOrdersRequest, 'position'>, principal: Principal): Promise<OrderPage> {
    return this.queries.execute(
      new ListOrdersQuery(
        scopedForces(principal, asked.force, asked.region),
        asked.status ?? null,
        asked.crossBorder === 'true',
        Number(asked.page ?? 1),
        Number(asked.pageSize ?? 50),
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
