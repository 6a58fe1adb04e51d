import { Injectable, NotFoundException } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { IsoDate, OrderId } from '#domain';
import type { Principal } from '#identity';
import { OrderAsAtQuery, type OrderAsAtResult } from '#register';
import { assertMayReadOrder } from '../../access/scope.js';

export type OrderAsAtView = Extract<OrderAsAtResult, { found: 'order' }>['view'];

/**
 * An order as it stood at the end of a day, for the API's `?asAt=` and the order page alike: read
 * from the log (effective dates, not entry dates), within the reader's scope.
 */
@Injectable()
export class OrderReads {
  constructor(private readonly queries: QueryBus) {}

  async asAt(orderId: OrderId, day: IsoDate, principal: Principal): Promise<OrderAsAtView> {
    const result = await this.queries.execute<OrderAsAtQuery, OrderAsAtResult>(new OrderAsAtQuery(orderId, day));
    if (result.found === 'no-order') throw new NotFoundException('There is no order with that id.');
    assertMayReadOrder(principal, result.forces);
    if (result.found === 'not-yet-made') throw new NotFoundException(`The order was not made until ${result.madeOn}.`);
    return result.view;
  }
}
