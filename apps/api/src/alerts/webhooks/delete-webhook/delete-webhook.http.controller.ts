import { Delete, HttpCode, NotFoundException, Param } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import { DeleteWebhookCommand } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { assertMayManageWebhooks } from '../../../access/scope.js';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { WebhookAccess, WebhookIdPipe, WebhooksApi } from '../webhooks-api.decorators.js';

@WebhooksApi()
export class DeleteWebhookController {
  constructor(private readonly commands: CommandBus) {}

  @Delete(':code/webhooks/:webhookId')
  @HttpCode(204)
  @WebhookAccess()
  @ApiOperation({ summary: 'Stop sending alerts to a webhook', description: 'Its secret is erased and the deliveries still pending are cancelled; nothing more is sent to it.' })
  @ApiResponse({ status: 204, description: 'deleted' })
  @ApiResponse({ status: 404, description: 'no such force, or the force has no such webhook' })
  async delete(@Param('code', ForceCodePipe) code: ForceCode, @Param('webhookId', WebhookIdPipe) webhookId: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    assertMayManageWebhooks(principal, code);
    const deleted = await this.commands.execute<DeleteWebhookCommand, boolean>(new DeleteWebhookCommand(code, webhookId));
    if (!deleted) throw new NotFoundException(`${code} has no webhook ${webhookId}.`);
  }
}
