import { Get, Param } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { ListedWebhook } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { ForceWebhooks } from '../force-webhooks.js';
import { WebhookAccess, WebhooksApi } from '../webhooks-api.decorators.js';

@WebhooksApi()
export class ListWebhooksController {
  constructor(private readonly webhooks: ForceWebhooks) {}

  @Get(':code/webhooks')
  @WebhookAccess()
  @ApiOperation({ summary: "A force's webhooks, oldest first, with how many deliveries wait and how many are dead" })
  @ApiResponse({ status: 200, description: '`{ webhooks: [ { webhookId, force, url, registeredAt, deliveries: { pending, dead } } ] }`; never a secret' })
  @ApiResponse({ status: 404, description: 'no such force' })
  async list(@Param('code', ForceCodePipe) code: ForceCode, @CurrentPrincipal() principal: Principal): Promise<{ webhooks: ListedWebhook[] }> {
    return { webhooks: await this.webhooks.list(code, principal) };
  }
}
