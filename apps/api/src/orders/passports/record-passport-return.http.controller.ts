import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';
import { type CommandOutcome, HandleOrderCommand, type RequestContext } from '#orders';
import { OrderIdPipe } from '../order-id.pipe.js';
import { CommandContext } from '../request-context.from-http.js';
import { PassportReturnRequest } from './passports.request.dto.js';

@ApiTags('orders')
@ApiBearerAuth()
@Controller('api/orders')
export class RecordPassportReturnController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':orderId/passports/returned')
  @HttpCode(200)
  @Allow('order-manager')
  @ApiOperation({ summary: 'Record passports returned once no all-countries ban is in force (R12)' })
  returned(
    @Param('orderId', OrderIdPipe) orderId: string,
    @Body() body: PassportReturnRequest,
    @CommandContext() context: RequestContext,
  ): Promise<CommandOutcome> {
    const passportReturn = {
      type: 'RecordPassportReturn' as const,
      orderId,
      returnedOn: body.returnedOn,
      passports: [...body.passports],
      ...(body.returnedTo ? { returnedTo: body.returnedTo } : {}),
    };
    return this.commands.execute(new HandleOrderCommand(passportReturn, context));
  }
}
