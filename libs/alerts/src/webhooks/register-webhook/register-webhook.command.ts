import type { Webhook } from '../webhook.types.js';

/** An order manager (or a national user) asks that each new alert for `force` be POSTed to `url`, signed with `secret`. */
export class RegisterWebhookCommand {
  constructor(
    readonly force: string,
    readonly url: string,
    readonly secret: string,
  ) {}
}

/** The webhook registered, or why not, in words. */
export type WebhookRegistration = { registered: Webhook } | { refused: string };
