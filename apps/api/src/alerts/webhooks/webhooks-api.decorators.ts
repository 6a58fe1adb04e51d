import { applyDecorators, Controller, Injectable, NotFoundException, type PipeTransform } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';

/** A controller of a force's webhooks, under /api/forces, filed under `webhooks` in the API docs. */
export function WebhooksApi(): ClassDecorator {
  return applyDecorators(ApiTags('webhooks'), ApiBearerAuth(), Controller('api/forces'));
}

/** Who may use a webhook route, and the refusals every one of them shares. */
export function WebhookAccess(): MethodDecorator {
  return applyDecorators(
    Allow('order-manager', 'national'),
    ApiResponse({ status: 401, description: 'no valid bearer token' }),
    ApiResponse({ status: 403, description: 'not an order manager of that force, nor a national user' }),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Webhook ids are UUIDs: anything else names no webhook. */
@Injectable()
export class WebhookIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundException('There is no webhook with that id.');
    return value.toLowerCase();
  }
}

/** Delivery ids are UUIDs: anything else names no delivery. */
@Injectable()
export class DeliveryIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!UUID.test(value)) throw new NotFoundException('There is no delivery with that id.');
    return value.toLowerCase();
  }
}
