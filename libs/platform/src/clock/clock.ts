import type { IsoDate } from '#domain';

// en-CA formats a date as YYYY-MM-DD.
const UK_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The only way STOR code learns the time; the domain gets `today` from it as an argument. */
export abstract class Clock {
  /** The day last formatted and the whole second it was formatted for: a day only turns at a second. */
  private lastDay: { second: number; day: IsoDate } | null = null;

  abstract now(): Date;

  /**
   * Today's date where the law is applied: the civil date in the United Kingdom (BST in summer), so
   * a breach at 00:30 on 2 June is dated 2 June, not 1 June as UTC would have it. Formatting a
   * date in a time zone is slow beside the rest of a request (a check asks two or three times).
   */
  today(): IsoDate {
    const now = this.now();
    const second = Math.floor(now.getTime() / 1000);
    if (this.lastDay?.second !== second) this.lastDay = { second, day: UK_DATE.format(now) as IsoDate };
    return this.lastDay.day;
  }
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that only moves when told to: for tests, demos and replaying history. */
export class SettableClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  now(): Date {
    return new Date(this.current.getTime());
  }

  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
}
