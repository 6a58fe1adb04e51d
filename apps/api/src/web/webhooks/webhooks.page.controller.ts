import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { MAX_WEBHOOKS_PER_FORCE, WEBHOOK_SECRET_MAX_LENGTH, WEBHOOK_URL_MAX_LENGTH } from '#alerts';
import type { ForceCode } from '#forces';
import { CurrentPrincipal, type Principal, type UserRole } from '#identity';
import { STOR_CONFIG, type StorConfig } from '#platform';
import { ForceWebhooks, WebhookRefused } from '../../alerts/webhooks/force-webhooks.js';
import { GetDeliveriesRequest } from '../../alerts/webhooks/get-deliveries/get-deliveries.request.dto.js';
import { RegisterWebhookRequest } from '../../alerts/webhooks/register-webhook/register-webhook.request.dto.js';
import { DeliveryIdPipe, WebhookIdPipe } from '../../alerts/webhooks/webhooks-api.decorators.js';
import { ForceCodePipe } from '../../forces/force-code.pipe.js';
import type { FormBody } from '../forms/form-bodies.js';
import { type FieldErrors, fieldErrorsView, type QueryValue, text } from '../forms/form-fields.js';
import { validatedForm } from '../forms/validated-form.js';
import { inFormWords } from '../forms/validation-words.js';
import { type PageAnswer, PageView, SeeOther } from '../rendering/page-view.js';
import { forceName } from '../rendering/plain-words.js';
import { Page } from '../session/page-access.js';
import { addressHint, deliveriesAddress, deliveryWithWords, STATUS_CHOICES, webhooksAddress, webhookWithWords } from './webhook-words.js';

/** The same roles as the webhooks API; which force's is checked by ForceWebhooks. */
const MANAGERS: UserRole[] = ['order-manager', 'national'];
const PAGE_SIZE = 25;
const LABELS: Record<string, string> = { url: 'Address (URL)', secret: 'Shared secret' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;


/**
 * A force's webhooks: listed with what waits and what was given up, added (refusals in words),
 * removed after a page that says what that does; each one's deliveries, filtered and paged, a dead
 * or delivered one sent again. Everything goes through ForceWebhooks, as the webhooks API does.
 */
@ApiExcludeController()
@Controller()
export class WebhooksPageController {
  constructor(
    private readonly webhooks: ForceWebhooks,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
  ) {}

  @Get('forces/:code/webhooks')
  @Page(...MANAGERS)
  async list(
    @Param('code', ForceCodePipe) code: ForceCode,
    @CurrentPrincipal() principal: Principal,
    @Query('added') added?: QueryValue,
    @Query('removed') removed?: QueryValue,
  ): Promise<PageView> {
    return this.listPage(code, principal, { added: text(added), removed: text(removed) === '1' });
  }

  @Post('forces/:code/webhooks')
  @Page(...MANAGERS)
  async add(@Param('code', ForceCodePipe) code: ForceCode, @Body() body: FormBody, @CurrentPrincipal() principal: Principal): Promise<PageAnswer> {
    // One character over each bound is kept, so the request class still says the box is too long.
    const typed = { url: text(body.url).trim().slice(0, WEBHOOK_URL_MAX_LENGTH + 1), secret: text(body.secret).slice(0, WEBHOOK_SECRET_MAX_LENGTH + 1) };
    const { value, errors } = await validatedForm(RegisterWebhookRequest, typed, 'url');
    if (Object.keys(errors).length) {
      return this.listPage(code, principal, { url: typed.url, errors: inFormWords(errors, (field) => field, (field) => LABELS[field]) }, 400);
    }
    try {
      const registered = await this.webhooks.register(code, value, principal);
      return new SeeOther(webhooksAddress(code, { added: registered.webhookId }));
    } catch (error) {
      if (error instanceof WebhookRefused) return this.listPage(code, principal, { url: typed.url, errors: { url: error.refusal } }, 422);
      throw error;
    }
  }

  @Get('forces/:code/webhooks/:webhookId')
  @Page(...MANAGERS)
  async deliveries(
    @Param('code', ForceCodePipe) code: ForceCode,
    @Param('webhookId', WebhookIdPipe) webhookId: string,
    @CurrentPrincipal() principal: Principal,
    @Query('status') status?: QueryValue,
    @Query('before') before?: QueryValue,
    @Query('sent') sent?: QueryValue,
  ): Promise<PageView> {
    const webhook = await this.webhooks.one(code, webhookId, principal);
    const { filter, errors } = await deliveriesFilter({ status, before });
    const page = await this.webhooks.deliveries(code, webhookId, { ...filter, limit: String(PAGE_SIZE) }, principal);
    const valid = Object.keys(errors).length === 0;
    return new PageView(
      'webhooks/deliveries.njk',
      {
        title: `Deliveries to a webhook of ${forceName(code)}`,
        force: code,
        webhook: webhookWithWords(webhook),
        sent: UUID.test(text(sent)),
        ...fieldErrorsView(errors),
        values: { status: filter.status ?? '', before: filter.before ?? '' },
        statuses: [{ value: '', text: 'All', checked: !filter.status }, ...STATUS_CHOICES.map((choice) => ({ ...choice, checked: choice.value === filter.status }))],
        deliveries: page.deliveries.map(deliveryWithWords),
        pagination: {
          previous: filter.before ? { href: deliveriesAddress(code, webhookId, { status: filter.status }), text: 'Newest deliveries' } : undefined,
          next: page.next ? { href: deliveriesAddress(code, webhookId, { status: filter.status, before: page.next }), text: 'Older deliveries' } : undefined,
        },
      },
      valid ? 200 : 400,
    );
  }

  @Post('forces/:code/webhooks/:webhookId/deliveries/:deliveryId/redeliver')
  @Page(...MANAGERS)
  async sendAgain(
    @Param('code', ForceCodePipe) code: ForceCode,
    @Param('webhookId', WebhookIdPipe) webhookId: string,
    @Param('deliveryId', DeliveryIdPipe) deliveryId: string,
    @Body() body: FormBody,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SeeOther> {
    await this.webhooks.redeliver(code, webhookId, deliveryId, principal);
    // Back to the same filter and page (the newest deliveries, if the form's filter does not validate).
    const { filter } = await deliveriesFilter({ status: body.status, before: body.before });
    return new SeeOther(`${deliveriesAddress(code, webhookId, { ...filter, sent: deliveryId })}#delivery-${deliveryId}`);
  }

  @Get('forces/:code/webhooks/:webhookId/remove')
  @Page(...MANAGERS)
  async confirmRemoval(@Param('code', ForceCodePipe) code: ForceCode, @Param('webhookId', WebhookIdPipe) webhookId: string, @CurrentPrincipal() principal: Principal): Promise<PageView> {
    const webhook = await this.webhooks.one(code, webhookId, principal);
    return new PageView('webhooks/remove-webhook.njk', { title: 'Remove this webhook?', force: code, webhook: webhookWithWords(webhook) });
  }

  @Post('forces/:code/webhooks/:webhookId/remove')
  @Page(...MANAGERS)
  async remove(@Param('code', ForceCodePipe) code: ForceCode, @Param('webhookId', WebhookIdPipe) webhookId: string, @CurrentPrincipal() principal: Principal): Promise<SeeOther> {
    await this.webhooks.delete(code, webhookId, principal);
    return new SeeOther(webhooksAddress(code, { removed: '1' }));
  }

  /** The force's webhooks and the form to add one (refilled with the address typed, never the secret). */
  private async listPage(
    code: ForceCode,
    principal: Principal,
    shown: { url?: string; errors?: FieldErrors; added?: string; removed?: boolean },
    status = 200,
  ): Promise<PageView> {
    const webhooks = (await this.webhooks.list(code, principal)).map(webhookWithWords);
    const errors = shown.errors ?? {};
    return new PageView(
      'webhooks/webhooks.njk',
      {
        title: `Webhooks for ${forceName(code)}`,
        force: code,
        webhooks,
        added: webhooks.find((webhook) => webhook.webhookId === shown.added) ?? null,
        removed: shown.removed ?? false,
        values: { url: shown.url ?? '' },
        ...fieldErrorsView(errors),
        retyped: Object.keys(errors).length > 0,
        most: MAX_WEBHOOKS_PER_FORCE,
        maxAttempts: this.config.webhookMaxAttempts,
        addressHint: addressHint(code, { allowHttpLoopback: this.config.webhookAllowHttpLoopback, allowPrivate: this.config.webhookAllowPrivate }),
      },
      status,
    );
  }
}

/** A deliveries filter as the API's own request class validates it; with errors, every delivery from the newest. */
async function deliveriesFilter(source: { status?: QueryValue; before?: QueryValue }): Promise<{ filter: Pick<GetDeliveriesRequest, 'status' | 'before'>; errors: FieldErrors }> {
  const status = text(source.status).slice(0, 20);
  const before = text(source.before).slice(0, 40);
  const { value, errors } = await validatedForm(GetDeliveriesRequest, { status: status || undefined, before: before || undefined }, 'status');
  if (Object.keys(errors).length === 0) return { filter: { status: value.status, before: value.before }, errors };
  const words = inFormWords(errors, (field) => field, (field) => (field === 'status' ? 'Status' : undefined));
  // A cursor is only ever made by these pages' own links: one that is not is no page of this list.
  if (words.before) words.before = 'That page of deliveries is not one these pages link to: the newest deliveries are shown';
  return { filter: {}, errors: words };
}
