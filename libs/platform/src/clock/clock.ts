/** The only way STOR code learns the time; the domain gets `today` from it as an argument. */
export abstract class Clock {
  abstract now(): Date;

  /** Today's date in England and Wales' civil calendar is close enough to UTC for day-granular law. */
  today(): string {
    return this.now().toISOString().slice(0, 10);
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
