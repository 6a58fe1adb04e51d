import { ForbiddenException, Get, NotFoundException, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { OrderId } from '#domain';
import { ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { OrdersApi } from '../orders-api.decorators.js';
import { Clock } from '#platform';
import { type FoundOrder, GetOrderQuery, type HistoryEntry, OrderHistoryQuery } from '#register';
import { assertMayReadOrder } from '../../access/scope.js';
import { OrderIdPipe } from '../order-id.pipe.js';

@OrdersApi('orders')
export class OrderHistoryController {
  constructor(
    private readonly queries: QueryBus,
    private readonly clock: Clock,
  ) {}

  @Get(':orderId/history')
  @Allow('order-manager', 'rocu', 'national')
  @ApiOperation({ summary: "Every event of the order, oldest first, as recorded in the log" })
  async history(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal): Promise<{ orderId: string; events: HistoryEntry[] }> {
    const events = await this.queries.execute<OrderHistoryQuery, HistoryEntry[]>(new OrderHistoryQuery(orderId));
    if (events.length === 0) throw new NotFoundException('There is no order with that id.');
    const found = await this.queries.execute<GetOrderQuery, FoundOrder | null>(new GetOrderQuery(orderId, this.clock.today()));
    // Scope follows the register; an order the register has not reached yet is judged by its owner.
    const forces = found?.forces ?? [String((events[0].data as { owningForce?: string }).owningForce)];
    assertMayReadOrder(principal, forces);
    if (principal.role === 'order-manager' && !forces.includes(principal.force ?? '')) {
      throw new ForbiddenException("An order's history is open to the order managers of the forces it touches.");
    }
    return { orderId, events };
  }
}
