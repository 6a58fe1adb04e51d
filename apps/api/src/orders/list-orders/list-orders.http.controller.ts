import { Get, Query } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import type { OrderPage } from '#register';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { OrdersApi } from '../orders-api.decorators.js';
import { ListOrdersRequest } from './list-orders.request.dto.js';
import { OrderLists } from './order-lists.js';

@OrdersApi('orders')
export class ListOrdersController {
  constructor(
    private readonly lists: OrderLists,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get()
  @Allow('order-manager', 'rocu', 'national')
  @ApiOperation({ summary: 'A page of orders: own force (order manager), region (ROCU), any (national)' })
  async list(@Query() query: ListOrdersRequest, @CurrentPrincipal() principal: Principal): Promise<OrderPage> {
    await this.consistency.reach(query.position);
    return this.lists.list(query, principal);
  }
}
