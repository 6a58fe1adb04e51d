import { Body, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { Webhook } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal } from '#identity';
import { ForceCodePipe } from '../../../forces/force-code.pipe.js';
import { ForceWebhooks } from '../force-webhooks.js';
import { WebhookAccess, WebhooksApi } from '../webhooks-api.decorators.js';
import { RegisterWebhookRequest } from './register-webhook.request.dto.js';

@WebhooksApi()
export class RegisterWebhookController {
  constructor(private readonly webhooks: ForceWebhooks) {}

  @Post(':code/webhooks')
  @HttpCode(201)
  @WebhookAccess()
  @ApiOperation({
    summary: "Send each new alert for a force to the force's own systems",
    description:
      'From now on, each alert raised for the force is POSTed to `url` as JSON (the alert as the inbox lists it, with `force`), with headers `X-Stor-Signature: sha256=<hex HMAC-SHA256 of the raw body with secret>`, `X-Stor-Alert-Id`, `X-Stor-Delivery-Id` and `X-Stor-Attempt`. A delivery is retried, waiting longer each time, until the receiver answers 2xx within 5 s, and dead-lettered after WEBHOOK_MAX_ATTEMPTS; redirects are not followed. Alerts raised before the webhook was registered are not sent. At most 10 webhooks per force.',
  })
  @ApiResponse({ status: 201, description: '`{ webhookId, force, url, registeredAt }` (never the secret)' })
  @ApiResponse({ status: 400, description: 'url or secret missing, or out of bounds (url at most 2048 characters; secret 16 to 256)' })
  @ApiResponse({ status: 404, description: 'no such force' })
  @ApiResponse({ status: 422, description: 'the URL may not be used (why, in words), or the force already has 10 webhooks' })
  register(@Param('code', ForceCodePipe) code: ForceCode, @Body() body: RegisterWebhookRequest, @CurrentPrincipal() principal: Principal): Promise<Webhook> {
    return this.webhooks.register(code, body, principal);
  }
}
