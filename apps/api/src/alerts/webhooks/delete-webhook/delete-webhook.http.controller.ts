import { Delete, HttpCode, Param } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { ForceWebhooks } from '../force-webhooks.js';
import { WebhookAccess, WebhookIdPipe, WebhooksApi } from '../webhooks-api.decorators.js';

@WebhooksApi()
export class DeleteWebhookController {
  constructor(private readonly webhooks: ForceWebhooks) {}

  @Delete(':code/webhooks/:webhookId')
  @HttpCode(204)
  @WebhookAccess()
  @ApiOperation({ summary: 'Stop sending alerts to a webhook', description: 'Its secret is erased and the deliveries still pending are cancelled; nothing more is sent to it.' })
  @ApiResponse({ status: 204, description: 'deleted' })
  @ApiResponse({ status: 404, description: 'no such force, or the force has no such webhook' })
  delete(@Param('code', ForceCodePipe) code: ForceCode, @Param('webhookId', WebhookIdPipe) webhookId: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    return this.webhooks.delete(code, webhookId, principal);
  }
}
