/** A force's live webhooks, oldest first, each with how many of its deliveries wait and how many are dead. */
export class ListWebhooksQuery {
  constructor(readonly force: string) {}
}
