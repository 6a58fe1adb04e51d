import { Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { DeliveryPage } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { ForceWebhooks } from '../force-webhooks.js';
import { WebhookAccess, WebhookIdPipe, WebhooksApi } from '../webhooks-api.decorators.js';
import { GetDeliveriesRequest } from './get-deliveries.request.dto.js';

@WebhooksApi()
export class GetDeliveriesController {
  constructor(private readonly webhooks: ForceWebhooks) {}

  @Get(':code/webhooks/:webhookId/deliveries')
  @WebhookAccess()
  @ApiOperation({
    summary: "A webhook's deliveries, newest first, a page at a time",
    description:
      'Each says which alert (`alertId`, and `alert`: its `kind`, `reason` and `orderId` as the body sent says), its status (`pending`: on its way or waiting to retry; `delivered`: the receiver answered 2xx; `dead`: given up after WEBHOOK_MAX_ATTEMPTS, redeliverable; `cancelled`: the webhook was deleted), how many attempts, and what came of the last one (`lastStatus`, `lastError`: `http-503`, `timeout`, `connection-refused`, `address-refused`…, never a body). Times are the database server’s.',
  })
  @ApiResponse({
    status: 200,
    description:
      '`{ deliveries: [ { deliveryId, webhookId, alertId, alert: { kind, reason, orderId }, status, attempts, createdAt, nextAttemptAt, lastAttemptAt, lastStatus, lastError, deliveredAt, deadAt } ], next }`; `next` is the `before` of the next page, null on the last',
  })
  @ApiResponse({ status: 400, description: 'status, limit or before not valid' })
  @ApiResponse({ status: 404, description: 'no such force, or the force has no such webhook' })
  list(
    @Param('code', ForceCodePipe) code: ForceCode,
    @Param('webhookId', WebhookIdPipe) webhookId: string,
    @Query() query: GetDeliveriesRequest,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DeliveryPage> {
    return this.webhooks.deliveries(code, webhookId, query, principal);
  }
}
