import { applyDecorators, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '#identity';

/** A controller of the order API, under /api/orders, filed under `tag` in the API docs. */
export function OrdersApi(tag: string): ClassDecorator {
  return applyDecorators(ApiTags(tag), ApiBearerAuth(), Controller('api/orders'));
}

/**
 * A change an order manager records (the domain says which force's): a POST answered `status`.
 * @CommandContext() reads its If-Match and Idempotency-Key.
 */
export function OrderChange(path: string, status: 200 | 201, summary: string): MethodDecorator {
  return applyDecorators(
    Post(path),
    HttpCode(status),
    Allow('order-manager'),
    ApiHeader({ name: 'If-Match', required: false, description: 'the order version you last read (ETag); a mismatch is 409' }),
    ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key from the same user is the same request: answered again, recorded once' }),
    ApiOperation({ summary }),
  );
}
