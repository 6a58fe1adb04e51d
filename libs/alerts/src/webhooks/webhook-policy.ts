import type { StorConfig } from '#platform';
import type { WebhookAddressPolicy } from './webhook-address.js';

export function policyOf(config: Pick<StorConfig, 'webhookAllowHttpLoopback' | 'webhookAllowPrivate'>): WebhookAddressPolicy {
  return { allowHttpLoopback: config.webhookAllowHttpLoopback, allowPrivate: config.webhookAllowPrivate };
}
