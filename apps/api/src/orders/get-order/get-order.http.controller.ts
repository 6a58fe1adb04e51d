import { Get, NotFoundException, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { OrdersApi } from '../orders-api.decorators.js';
import { Clock } from '#platform';
import { type FoundOrder, GetOrderQuery, type OrderView } from '#register';
import { isIsoDate, type OrderId } from '#domain';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';
import { assertMayReadOrder } from '../../access/scope.js';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { type OrderAsAtView, OrderReads } from './order-reads.js';

@OrdersApi('orders')
export class GetOrderController {
  constructor(
    private readonly queries: QueryBus,
    private readonly consistency: ReadYourWrites,
    private readonly clock: Clock,
    private readonly reads: OrderReads,
  ) {}

  @Get(':orderId')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @ApiOperation({
    summary: "An order's current state: prohibitions, breaches, version",
    description:
      '`subject.address` is where the subject lives as last known — `{ line1, postcode, force, knownFrom }`: the address given when the order was made, then the latest notified (`knownFrom` the day made or notified); null when none is known. With `asAt`, the address known at the end of that day.',
  })
  @ApiQuery({ name: 'position', required: false, description: 'wait until the register has applied this log position' })
  @ApiQuery({ name: 'asAt', required: false, example: '2026-09-30', description: 'the order as it stood at the end of that day' })
  @ApiResponse({ status: 200, description: 'the order; `ETag: "<version>"` (not for an as-at view), to send back as `If-Match` with a change' })
  async get(
    @Param('orderId', OrderIdPipe) orderId: OrderId,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Query('position') position?: string,
    @Query('asAt') asAt?: string,
  ): Promise<OrderView | OrderAsAtView> {
    if (asAt !== undefined) return this.asAt(orderId, asAt, principal);
    await this.consistency.reach(position);
    const found = await this.queries.execute<GetOrderQuery, FoundOrder | null>(new GetOrderQuery(orderId, this.clock.today()));
    if (!found) throw new NotFoundException('There is no order with that id.');
    assertMayReadOrder(principal, found.forces);
    // The version a change's If-Match names, in the form HTTP gives an entity tag (API.md).
    void reply.header('ETag', `"${found.view.version}"`);
    return found.view;
  }

  /** Read from the log, not the register: what was in force that day, judged by effective dates. */
  private async asAt(orderId: OrderId, day: string, principal: Principal): Promise<OrderAsAtView> {
    if (!isIsoDate(day)) throw new InvalidRequest([{ field: 'asAt', message: 'asAt must be a date written YYYY-MM-DD' }]);
    return this.reads.asAt(orderId, day, principal);
  }
}
