import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
import { LodgeAppealRequest } from './appeal.request.dto.js';

@ApiTags('appeals')
@ApiBearerAuth()
@Controller('api/orders')
export class LodgeAppealController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/appeals')
  @HttpCode(201)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record an appeal; the order stays in force until it is decided (R30)' })
  lodge(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: LodgeAppealRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome & { appealId: string }> {
    const appeal = { type: 'LodgeAppeal' as const, orderId, court: body.court, lodgedOn: body.lodgedOn };
    return this.commands.execute(new HandleOrderCommand(appeal, context));
  }
}
