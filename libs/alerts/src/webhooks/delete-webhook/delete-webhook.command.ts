/** Stop sending a force's alerts to one of its webhooks; what it has not yet received is cancelled. */
export class DeleteWebhookCommand {
  constructor(
    readonly force: string,
    readonly webhookId: string,
  ) {}
}
