import { Body } from '@nestjs/common';
import type { CommandOutcome, RequestContext } from '#orders';
import { OrderChange, OrdersApi } from '../orders-api.decorators.js';
import { CommandContext } from '../request-context.from-http.js';
import { MakeOrderRequest } from './make-order.request.dto.js';
import { OrderMaking } from './order-making.js';

@OrdersApi('orders')
export class MakeOrderController {
  constructor(private readonly making: OrderMaking) {}

  @OrderChange('', 201, 'Record an order made by a court (order manager of the owning force)')
  make(@Body() body: MakeOrderRequest, @CommandContext() context: RequestContext): Promise<CommandOutcome> {
    return this.making.make(body, context);
  }
}
