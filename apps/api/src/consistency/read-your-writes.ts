import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { EventStore, isReactor, storedCheckpoints } from '#event-store';
import { InvalidRequest } from '../problem-details/invalid-request.exception.js';

const LONGEST_WAIT_MS = 5_000;
const POLL_MS = 25;

/**
 * Reads are eventually consistent. A client that has just written may pass the `position` its write
 * returned, and the read waits (at most five seconds) until every projection has applied it.
 */
@Injectable()
export class ReadYourWrites {
  constructor(
    private readonly db: DataSource,
    private readonly store: EventStore,
  ) {}

  async reach(rawPosition: string | undefined): Promise<void> {
    if (rawPosition === undefined) return;
    if (!/^\d{1,15}$/.test(rawPosition)) {
      throw new InvalidRequest([{ field: 'position', message: 'position must be the log position a write returned' }]);
    }
    const position = Number(rawPosition);
    const deadline = Date.now() + LONGEST_WAIT_MS;
    while (!(await this.covered(position)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  private async covered(position: number): Promise<boolean> {
    const projections = (await storedCheckpoints(this.db)).filter((stored) => !isReactor(stored));
    if (projections.length === 0) return false;
    for (const { checkpoint } of projections) {
      if (!(await this.store.isCovered(position, checkpoint))) return false;
    }
    return true;
  }
}
