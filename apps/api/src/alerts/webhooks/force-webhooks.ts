import { Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  DeleteWebhookCommand,
  type DeliveryPage,
  GetDeliveriesQuery,
  type ListedWebhook,
  ListWebhooksQuery,
  RedeliverDeliveryCommand,
  type Redelivery,
  RegisterWebhookCommand,
  type Webhook,
  type WebhookDelivery,
  WebhookDeliveryWorker,
  type WebhookRegistration,
} from '#alerts';
import type { ForceCode } from '#forces';
import type { Principal } from '#identity';
import { assertMayManageWebhooks } from '../../access/scope.js';
import type { GetDeliveriesRequest } from './get-deliveries/get-deliveries.request.dto.js';
import type { RegisterWebhookRequest } from './register-webhook/register-webhook.request.dto.js';

/** A webhook STOR will not register, and why in words (a URL it may not send to, or a force with as many as it may have). */
export class WebhookRefused extends UnprocessableEntityException {
  constructor(readonly refusal: string) {
    super(refusal);
  }
}

/**
 * A force's webhooks and their deliveries, for the API and the webhooks pages alike: who may, the
 * command or query sent, and what is refused or not found.
 */
@Injectable()
export class ForceWebhooks {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    // Runs where this process runs the projector (waking it elsewhere does nothing): there it sends at once, elsewhere at the next poll.
    private readonly worker: WebhookDeliveryWorker,
  ) {}

  async register(force: ForceCode, { url, secret }: RegisterWebhookRequest, principal: Principal): Promise<Webhook> {
    assertMayManageWebhooks(principal, force);
    const outcome = await this.commands.execute<RegisterWebhookCommand, WebhookRegistration>(new RegisterWebhookCommand(force, url, secret));
    if ('refused' in outcome) throw new WebhookRefused(outcome.refused);
    return outcome.registered;
  }

  async list(force: ForceCode, principal: Principal): Promise<ListedWebhook[]> {
    assertMayManageWebhooks(principal, force);
    return this.queries.execute<ListWebhooksQuery, ListedWebhook[]>(new ListWebhooksQuery(force));
  }

  /** One live webhook of the force, as its list shows it. */
  async one(force: ForceCode, webhookId: string, principal: Principal): Promise<ListedWebhook> {
    const webhook = (await this.list(force, principal)).find((listed) => listed.webhookId === webhookId);
    if (!webhook) throw noWebhook(force, webhookId);
    return webhook;
  }

  async delete(force: ForceCode, webhookId: string, principal: Principal): Promise<void> {
    assertMayManageWebhooks(principal, force);
    const deleted = await this.commands.execute<DeleteWebhookCommand, boolean>(new DeleteWebhookCommand(force, webhookId));
    if (!deleted) throw noWebhook(force, webhookId);
  }

  async deliveries(force: ForceCode, webhookId: string, request: GetDeliveriesRequest, principal: Principal): Promise<DeliveryPage> {
    assertMayManageWebhooks(principal, force);
    const page = await this.queries.execute<GetDeliveriesQuery, DeliveryPage | null>(
      new GetDeliveriesQuery(force, webhookId, request.status ?? null, Number(request.limit ?? 50), request.before ?? null),
    );
    if (!page) throw noWebhook(force, webhookId);
    return page;
  }

  async redeliver(force: ForceCode, webhookId: string, deliveryId: string, principal: Principal): Promise<WebhookDelivery> {
    assertMayManageWebhooks(principal, force);
    const outcome = await this.commands.execute<RedeliverDeliveryCommand, Redelivery>(new RedeliverDeliveryCommand(force, webhookId, deliveryId));
    if ('refused' in outcome) throw new NotFoundException(`${force}'s webhook ${webhookId} has no delivery ${deliveryId}.`);
    this.worker.wake();
    return outcome.delivery;
  }
}

function noWebhook(force: string, webhookId: string): NotFoundException {
  return new NotFoundException(`${force} has no webhook ${webhookId}.`);
}
