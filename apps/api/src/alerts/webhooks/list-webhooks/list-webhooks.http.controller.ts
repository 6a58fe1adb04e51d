import { Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { type ListedWebhook, ListWebhooksQuery } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { assertMayManageWebhooks } from '../../../access/scope.js';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { WebhookAccess, WebhooksApi } from '../webhooks-api.decorators.js';

@WebhooksApi()
export class ListWebhooksController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':code/webhooks')
  @WebhookAccess()
  @ApiOperation({ summary: "A force's webhooks, oldest first, with how many deliveries wait and how many are dead" })
  @ApiResponse({ status: 200, description: '`{ webhooks: [ { webhookId, force, url, registeredAt, deliveries: { pending, dead } } ] }`; never a secret' })
  @ApiResponse({ status: 404, description: 'no such force' })
  async list(@Param('code', ForceCodePipe) code: ForceCode, @CurrentPrincipal() principal: Principal): Promise<{ webhooks: ListedWebhook[] }> {
    assertMayManageWebhooks(principal, code);
    return { webhooks: await this.queries.execute<ListWebhooksQuery, ListedWebhook[]>(new ListWebhooksQuery(code)) };
  }
}
