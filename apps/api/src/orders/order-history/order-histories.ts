import { Injectable, NotFoundException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import type { Principal } from '#identity';
import { Clock } from '#platform';
import { type FoundOrder, GetOrderQuery, type HistoryEntry, OrderHistoryQuery } from '#register';
import { assertMayReadHistory } from '../../access/scope.js';

/** An order's every event, oldest first, for the API's history and the order page's timeline alike. */
@Injectable()
export class OrderHistories {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  async read(orderId: OrderId, principal: Principal): Promise<HistoryEntry[]> {
    const events = await this.queries.execute<OrderHistoryQuery, HistoryEntry[]>(new OrderHistoryQuery(orderId));
    if (events.length === 0) throw new NotFoundException('There is no order with that id.');
    const found = await this.queries.execute<GetOrderQuery, FoundOrder | null>(new GetOrderQuery(orderId, this.clock.today()));
    // Scope follows the register; an order the register has not reached yet is judged by its owner.
    const forces = found?.forces ?? [String((events[0].data as { owningForce?: string }).owningForce)];
    assertMayReadHistory(principal, forces);
    return events;
  }
}
