import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Principal } from '#identity';
import { Clock } from '#platform';
import { ListOrdersQuery, type OrderPage } from '#register';
import { listableForces } from '../../access/scope.js';
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
        listableForces(principal, asked.force, asked.region),
        asked.status ?? null,
        asked.crossBorder === 'true',
        Number(asked.page ?? 1),
        Number(asked.pageSize ?? 50),
        this.clock.today(),
      ),
    );
  }
}
