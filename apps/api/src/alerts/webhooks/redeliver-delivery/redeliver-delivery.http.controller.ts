import { HttpCode, NotFoundException, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { RedeliverDeliveryCommand, type Redelivery, type WebhookDelivery, WebhookDeliveryWorker } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { assertMayManageWebhooks } from '../../../access/scope.js';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { DeliveryIdPipe, WebhookAccess, WebhookIdPipe, WebhooksApi } from '../webhooks-api.decorators.js';

@WebhooksApi()
export class RedeliverDeliveryController {
  constructor(
    private readonly commands: CommandBus,
    // Runs where this process runs the projector (waking it elsewhere does nothing): there it sends at once, elsewhere at the next poll.
    private readonly worker: WebhookDeliveryWorker,
  ) {}

  @Post(':code/webhooks/:webhookId/deliveries/:deliveryId/redeliver')
  @HttpCode(202)
  @WebhookAccess()
  @ApiOperation({
    summary: 'Send a delivery again',
    description:
      'A dead or delivered delivery goes back to pending, due now, its attempts counted from nought: the same body and `alertId`, so a receiver can tell it has had it. A delivery still pending is already on its way and is left as it is.',
  })
  @ApiResponse({ status: 202, description: 'the delivery as it now stands (see the deliveries list)' })
  @ApiResponse({ status: 404, description: 'no such force, webhook of the force, or delivery of the webhook' })
  async redeliver(
    @Param('code', ForceCodePipe) code: ForceCode,
    @Param('webhookId', WebhookIdPipe) webhookId: string,
    @Param('deliveryId', DeliveryIdPipe) deliveryId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookDelivery> {
    assertMayManageWebhooks(principal, code);
    const outcome = await this.commands.execute<RedeliverDeliveryCommand, Redelivery>(new RedeliverDeliveryCommand(code, webhookId, deliveryId));
    if ('refused' in outcome) throw new NotFoundException(`${code}'s webhook ${webhookId} has no delivery ${deliveryId}.`);
    this.worker.wake();
    return outcome.delivery;
  }
}
