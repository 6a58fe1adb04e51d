import type { OrderId } from '#domain';
import { Injectable, NotFoundException, type PipeTransform } from '@nestjs/common';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An order id as a client wrote it, when it is one: a UUID, lower case. */
export function orderIdFrom(text: string): OrderId | null {
  return UUID.test(text) ? (text.toLowerCase() as OrderId) : null;
}

/** Order ids are UUIDs; anything else cannot name an order on the register. */
@Injectable()
export class OrderIdPipe implements PipeTransform<string, OrderId> {
  transform(value: string): OrderId {
    const orderId = orderIdFrom(value);
    if (!orderId) throw new NotFoundException('There is no order with that id.');
    return orderId;
  }
}
