import type { OrderId } from '#domain';
import { Injectable, NotFoundException, type PipeTransform } from '@nestjs/common';
import { orderIdFrom } from '../validation/register-ids.js';

/** Order ids are UUIDs; anything else cannot name an order on the register. */
@Injectable()
export class OrderIdPipe implements PipeTransform<string, OrderId> {
  transform(value: string): OrderId {
    const orderId = orderIdFrom(value);
    if (!orderId) throw new NotFoundException('There is no order with that id.');
    return orderId;
  }
}
