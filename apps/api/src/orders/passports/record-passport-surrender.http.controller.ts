import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
import { PassportSurrenderRequest } from './passports.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class RecordPassportSurrenderController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/passports/surrendered')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record passports surrendered under an all-countries travel ban (R12)' })
  surrendered(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: PassportSurrenderRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    const surrender = { type: 'RecordPassportSurrender' as const, orderId, surrenderedOn: body.surrenderedOn, passports: [...body.passports] };
    return this.commands.execute(new HandleOrderCommand(surrender, context));
  }
}
