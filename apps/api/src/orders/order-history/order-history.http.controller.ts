import { Get, Param } from '@nestjs/common';
import type { OrderId } from '#domain';
import { ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import type { HistoryEntry } from '#register';
import { OrdersApi } from '../orders-api.decorators.js';
import { OrderIdPipe } from '../order-id.pipe.js';
import { OrderHistories } from './order-histories.js';

@OrdersApi('orders')
export class OrderHistoryController {
  constructor(private readonly histories: OrderHistories) {}

  @Get(':orderId/history')
  @Allow('order-manager', 'rocu', 'national')
  @ApiOperation({ summary: "Every event of the order, oldest first, as recorded in the log" })
  async history(@Param('orderId', OrderIdPipe) orderId: OrderId, @CurrentPrincipal() principal: Principal): Promise<{ orderId: string; events: HistoryEntry[] }> {
    return { orderId, events: await this.histories.read(orderId, principal) };
  }
}
