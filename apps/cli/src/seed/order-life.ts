import type { OrderId } from '#domain';
import {
  type Actor,
  addDays,
  compareDates,
  decide,
  DomainError,
  evolve,
  initialState,
  type IsoDate,
  isOrderInForce,
  type LegalConfig,
  type OrderCommand,
  type OrderEvent,
  type OrderState,
} from '#domain';
import { eventIdOf, fingerprintOf, SYSTEM_ACTOR, type SystemCommand, systemCommands } from '#orders';

/** One decided fact, with what its metadata needs: who decided it, on which day, under which command. */
export interface DecidedEvent {
  event: { type: string; data: unknown };
  eventId: string;
  commandId: string;
  commandFingerprint: string;
  actor: Actor;
  recordedOn: IsoDate;
}

export interface Refusal {
  command: string;
  rule: string;
}

/** STOR's clock and policies, as the app's own system commands name them (libs/orders system-request). */

/**
 * One order's stream, decided in memory in date order: each command is judged by the domain's
 * `decide` on the day it happens (the decision's `today`), and the clock's daily sweep (R14 expiry,
 * R16 overdue notification) runs before each day as the projector's ExpiryClock would.
 */
export class OrderLife {
  state: OrderState = initialState;
  readonly events: DecidedEvent[] = [];
  private lastDay: IsoDate | null = null;

  constructor(
    readonly orderId: OrderId,
    private readonly legal: LegalConfig,
    private readonly refusals: Refusal[],
  ) {}

  /** Decides `command` on `day` under `commandId`; a refusal is noted and changes nothing. */
  decideOn(day: IsoDate, command: OrderCommand, actor: Actor, commandId: string): boolean {
    this.runClockUntil(day);
    return this.record(day, command, actor, commandId);
  }

  /** A command STOR issues itself (its clock, its policies) decided on `day`, the clock having run to it. */
  decideBySystem(day: IsoDate, { command, commandId }: SystemCommand): boolean {
    return this.record(day, command, SYSTEM_ACTOR, commandId);
  }

  /** The clock's sweeps for every day up to and including `day`. */
  runClockUntil(day: IsoDate): void {
    for (;;) {
      const due = this.nextClockDay();
      if (due === null || compareDates(due, day) > 0) break;
      const sweep = this.clockSweepOn(due);
      if (!sweep) break;
    }
  }

  /** The next day the clock has something to record for this order, or null. */
  private nextClockDay(): IsoDate | null {
    const state = this.state;
    if (!isOrderInForce(state)) return null;
    let next: IsoDate | null = null;
    for (const prohibition of state.prohibitions) {
      if (prohibition.status !== 'in-force' || prohibition.until === null) continue;
      const day = addDays(prohibition.until, 1);
      if (next === null || compareDates(day, next) < 0) next = day;
    }
    const { required, dueBy, receivedOn, overdueSince } = state.notification;
    if (required && dueBy !== null && receivedOn === null && overdueSince === null) {
      const day = addDays(dueBy, 1);
      if (next === null || compareDates(day, next) < 0) next = day;
    }
    return next;
  }

  private clockSweepOn(day: IsoDate): boolean {
    const expired = this.decideBySystem(day, systemCommands.expireProhibitions(this.orderId, day));
    const overdue = this.decideBySystem(day, systemCommands.markNotificationOverdue(this.orderId, day));
    return expired || overdue;
  }

  private record(day: IsoDate, command: OrderCommand, actor: Actor, commandId: string): boolean {
    if (this.lastDay !== null && compareDates(day, this.lastDay) < 0) throw new Error(`order ${this.orderId}: ${command.type} on ${day} comes after ${this.lastDay}`);
    let decided: OrderEvent[];
    try {
      decided = decide(command, this.state, { actor, today: day, legal: this.legal });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.refusals.push({ command: command.type, rule: (error as DomainError & { rule?: string }).rule ?? error.constructor.name });
      return false;
    }
    if (decided.length === 0) return false;
    this.lastDay = day;
    const commandFingerprint = fingerprintOf(command);
    decided.forEach((event, index) => {
      this.state = evolve(this.state, event);
      this.events.push({ event, eventId: eventIdOf(commandId, index), commandId, commandFingerprint, actor, recordedOn: day });
    });
    return true;
  }
}
