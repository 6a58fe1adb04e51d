import { Injectable } from '@nestjs/common';

/** What this process's delivery worker has done since it started, for /metrics. */
@Injectable()
export class WebhookDeliveryTally {
  /** Attempts at a delivery, by what came of them. */
  readonly attempts = { delivered: 0, failed: 0 };
  /** Deliveries this process gave up on. */
  deadLettered = 0;
}
