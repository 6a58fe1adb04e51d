import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, type Principal } from '#identity';
import { type FoundOrder, GetOrderQuery, type OrderView } from '#register';
import { assertMayReadOrder } from '../../access/scope.js';
import { ReadYourWrites } from '../../consistency/read-your-writes.js';
import { OrderIdPipe } from '../order-id.pipe.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class GetOrderController {
  constructor(
    private readonly queries: QueryBus,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get(':orderId')
  @Allow('officer', 'order-manager', 'rocu', 'national')
  @ApiOperation({ summary: "An order's current state: prohibitions, breaches, version" })
  @ApiQuery({ name: 'position', required: false, description: 'wait until the register has applied this log position' })
  async get(
    @Param('orderId', OrderIdPipe) orderId: string,
    @CurrentPrincipal() principal: Principal,
    @Query('position') position?: string,
  ): Promise<OrderView> {
    await this.consistency.reach(position);
    const found = await this.queries.execute<GetOrderQuery, FoundOrder | null>(new GetOrderQuery(orderId));
    if (!found) throw new NotFoundException('There is no order with that id.');
    assertMayReadOrder(principal, found.forces);
    return found.view;
  }
}
