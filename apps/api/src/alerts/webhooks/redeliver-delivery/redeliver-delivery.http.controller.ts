import { HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { WebhookDelivery } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { ForceWebhooks } from '../force-webhooks.js';
import { DeliveryIdPipe, WebhookAccess, WebhookIdPipe, WebhooksApi } from '../webhooks-api.decorators.js';

@WebhooksApi()
export class RedeliverDeliveryController {
  constructor(private readonly webhooks: ForceWebhooks) {}

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
  redeliver(
    @Param('code', ForceCodePipe) code: ForceCode,
    @Param('webhookId', WebhookIdPipe) webhookId: string,
    @Param('deliveryId', DeliveryIdPipe) deliveryId: string,
    @CurrentPrincipal() principal: Principal,
  ): Promise<WebhookDelivery> {
    return this.webhooks.redeliver(code, webhookId, deliveryId, principal);
  }
}
