import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { describeOutage } from '#event-store';
import { rowsReturned, STOR_CONFIG, type StorConfig } from '#platform';
import { RaisedAlerts } from '../../raised-alerts/raised-alerts.js';
import { reachableAddress, systemLookup } from '../webhook-host.js';
import { policyOf } from '../webhook-policy.js';
import { WebhookSecrets } from '../webhook-secrets.js';
import { WebhookDeliveryTally } from './delivery-tally.js';
import { retryDelayMs } from './retry-backoff.js';
import { type PostOutcome, postDelivery } from './webhook-post.js';
import { signatureOf } from './webhook-signature.js';

/** A receiver has this long to answer. */
const DELIVERY_TIMEOUT_MS = 5_000;
/**
 * A claimed delivery is not due again for this long: the attempt's deadline and a margin. Should the
 * process die mid-attempt, another one retries it after that.
 */
const CLAIM_LEASE_MS = DELIVERY_TIMEOUT_MS + 10_000;
/** Deliveries one process has in flight at once. */
const IN_FLIGHT = 32;

interface Claimed {
  deliveryId: string;
  alertId: string;
  webhookId: string;
  attempts: number;
  body: string;
  url: string;
  secretSealed: string;
}

/**
 * Sends the outbox: claims due deliveries (`FOR UPDATE SKIP LOCKED`, so every process running it
 * shares the work and none sends what another has claimed), POSTs each signed, and records what
 * came of it — delivered on a 2xx, otherwise due again after a growing wait, or dead after
 * WEBHOOK_MAX_ATTEMPTS. Due times are the database's `now()`: delivery plumbing, not law, so the
 * app's (settable) clock has no say in them. Looks at once when the inbox says it raised alerts
 * (RaisedAlerts, from whichever instance's projector), and every WEBHOOK_POLL_MS besides.
 */
@Injectable()
export class WebhookDeliveryWorker {
  private readonly logger = new Logger('webhooks');
  private running = false;
  private claiming: Promise<void> | null = null;
  private again = false;
  /** A claim filled every free place: look again as soon as one frees. */
  private backlog = false;
  private poll: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private readonly soon = new Set<NodeJS.Timeout>();
  private stopping = new AbortController();
  private stopHearing: (() => void) | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly secrets: WebhookSecrets,
    private readonly tally: WebhookDeliveryTally,
    private readonly raised: RaisedAlerts,
    @Inject(STOR_CONFIG) private readonly config: StorConfig,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = new AbortController();
    this.stopHearing = this.raised.subscribe(() => this.wake());
    this.poll = setInterval(() => {
      void this.deadLetterInterrupted();
      this.wake();
    }, this.config.webhookPollMs);
    this.poll.unref();
    this.wake();
  }

  /** Stops claiming; attempts in flight are cut short and left due again at once, for this or another process. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopHearing?.();
    this.stopHearing = null;
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    for (const timer of this.soon) clearTimeout(timer);
    this.soon.clear();
    this.stopping.abort();
    await this.claiming;
    await Promise.allSettled([...this.inFlight]);
  }

  /**
   * Claims due deliveries now. Called by the poll, after a short retry wait, and by whatever hears
   * that alerts were raised; a wake during a claim starts another claim straight after it.
   */
  wake(): void {
    if (!this.running) return;
    if (this.claiming) {
      this.again = true;
      return;
    }
    this.claiming = this.claimWhileDue().finally(() => {
      this.claiming = null;
      // A wake between the last round and here was not seen by the loop.
      if (this.again) this.wake();
    });
  }

  private async claimWhileDue(): Promise<void> {
    do {
      this.again = false;
      const room = IN_FLIGHT - this.inFlight.size;
      if (room <= 0) {
        this.backlog = true;
        return;
      }
      let claimed: Claimed[];
      try {
        claimed = await this.claim(room);
      } catch (error) {
        this.logger.warn(`could not claim due webhook deliveries: ${describeOutage(error) ?? (error as Error)?.name ?? 'error'}`);
        return;
      }
      for (const delivery of claimed) this.track(this.attempt(delivery));
      if (claimed.length === room) this.again = true;
    } while (this.again && this.running);
  }

  private track(attempt: Promise<void>): void {
    this.inFlight.add(attempt);
    void attempt.finally(() => {
      this.inFlight.delete(attempt);
      if (this.backlog) {
        this.backlog = false;
        this.wake();
      }
    });
  }

  /** Due deliveries of live webhooks, each counted as one more attempt and held for the lease. */
  private async claim(limit: number): Promise<Claimed[]> {
    const rows = rowsReturned<Record<string, unknown>>(
      await this.db.query(
        `WITH due AS (
           SELECT delivery_id FROM webhook_deliveries
            WHERE status = 'pending' AND next_attempt_at <= now() AND attempts < $2
            ORDER BY next_attempt_at
            LIMIT $1
            FOR UPDATE SKIP LOCKED
         )
         UPDATE webhook_deliveries d
            SET attempts = d.attempts + 1, last_attempt_at = now(), next_attempt_at = now() + $3::int * interval '1 millisecond'
           FROM due, webhooks w
          WHERE d.delivery_id = due.delivery_id AND w.webhook_id = d.webhook_id AND w.deleted_at IS NULL
         RETURNING d.delivery_id::text AS delivery_id, d.alert_id::text AS alert_id, d.webhook_id::text AS webhook_id, d.attempts, d.body, w.url, w.secret_sealed`,
        [limit, this.config.webhookMaxAttempts, CLAIM_LEASE_MS],
      ),
    );
    return rows.map((row) => ({
      deliveryId: row.delivery_id as string,
      alertId: row.alert_id as string,
      webhookId: row.webhook_id as string,
      attempts: Number(row.attempts),
      body: row.body as string,
      url: row.url as string,
      secretSealed: row.secret_sealed as string,
    }));
  }

  private async attempt(delivery: Claimed): Promise<void> {
    const outcome = await this.send(delivery);
    if (this.stopping.signal.aborted && 'error' in outcome) {
      await this.release(delivery);
      return;
    }
    try {
      await this.record(delivery, outcome);
    } catch (error) {
      // The claim's lease runs out and the delivery is tried again: a receiver may see it twice, and de-duplicates by alert id.
      this.logger.warn(`could not record webhook delivery ${delivery.deliveryId}: ${describeOutage(error) ?? (error as Error)?.name ?? 'error'}`);
    }
  }

  private async send(delivery: Claimed): Promise<PostOutcome> {
    const secret = this.secrets.open(delivery.secretSealed, delivery.webhookId);
    if (secret === null) return { error: 'secret-unreadable' };
    const reachable = await reachableAddress(delivery.url, policyOf(this.config), systemLookup);
    if ('refused' in reachable) return { error: 'address-refused' };
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'STOR-webhooks/1',
      'x-stor-signature': signatureOf(delivery.body, secret),
      'x-stor-alert-id': delivery.alertId,
      'x-stor-delivery-id': delivery.deliveryId,
      'x-stor-attempt': String(delivery.attempts),
    };
    return postDelivery(new URL(delivery.url), reachable.address, delivery.body, headers, DELIVERY_TIMEOUT_MS, this.stopping.signal);
  }

  /** What came of an attempt, unless the delivery has moved on since it was claimed (cancelled, or claimed again). */
  private async record(delivery: Claimed, outcome: PostOutcome): Promise<void> {
    const status = 'status' in outcome ? outcome.status : null;
    const claimedAs = [delivery.deliveryId, delivery.attempts] as const;
    if (status !== null && status >= 200 && status < 300) {
      this.tally.attempts.delivered++;
      await this.db.query(
        `UPDATE webhook_deliveries SET status = 'delivered', finished_at = now(), last_status = $3, last_error = NULL
          WHERE delivery_id = $1 AND attempts = $2 AND status = 'pending'`,
        [...claimedAs, status],
      );
      return;
    }
    this.tally.attempts.failed++;
    const error = 'error' in outcome ? outcome.error : `http-${outcome.status}`;
    if (delivery.attempts >= this.config.webhookMaxAttempts) {
      this.tally.deadLettered++;
      this.logger.warn(`webhook delivery ${delivery.deliveryId} dead-lettered after ${delivery.attempts} attempts (last: ${error})`);
      await this.db.query(
        `UPDATE webhook_deliveries SET status = 'dead', finished_at = now(), last_status = $3, last_error = $4
          WHERE delivery_id = $1 AND attempts = $2 AND status = 'pending'`,
        [...claimedAs, status, error],
      );
      return;
    }
    const wait = retryDelayMs(delivery.attempts, this.config.webhookRetryBaseMs);
    await this.db.query(
      `UPDATE webhook_deliveries SET next_attempt_at = now() + $5::int * interval '1 millisecond', last_status = $3, last_error = $4
        WHERE delivery_id = $1 AND attempts = $2 AND status = 'pending'`,
      [...claimedAs, status, error, wait],
    );
    // A wait shorter than the poll is kept by a timer of its own; the poll finds the longer ones.
    if (wait < this.config.webhookPollMs) this.wakeIn(wait);
  }

  /** An attempt cut short by stopping: not counted, and due again at once. */
  private async release(delivery: Claimed): Promise<void> {
    await this.db
      .query(
        `UPDATE webhook_deliveries SET attempts = attempts - 1, next_attempt_at = now()
          WHERE delivery_id = $1 AND attempts = $2 AND status = 'pending'`,
        [delivery.deliveryId, delivery.attempts],
      )
      .catch(() => undefined);
  }

  /** A last attempt whose process died before it was recorded: its lease has run out, and it is dead. */
  private async deadLetterInterrupted(): Promise<void> {
    await this.db
      .query(
        `UPDATE webhook_deliveries SET status = 'dead', finished_at = now(), last_status = NULL, last_error = 'interrupted'
          WHERE status = 'pending' AND attempts >= $1 AND next_attempt_at <= now()`,
        [this.config.webhookMaxAttempts],
      )
      .catch(() => undefined);
  }

  private wakeIn(ms: number): void {
    const timer = setTimeout(() => {
      this.soon.delete(timer);
      this.wake();
    }, ms);
    timer.unref();
    this.soon.add(timer);
  }
}
