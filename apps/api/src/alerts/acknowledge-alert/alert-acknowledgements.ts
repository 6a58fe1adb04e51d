import { Injectable, NotFoundException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AcknowledgeAlertCommand, type InboxAlert } from '#alerts';
import type { ForceCode } from '#forces';
import type { Principal } from '#identity';
import { Clock } from '#platform';
import { assertMayAcknowledgeAlerts } from '../../access/scope.js';
import { InvalidRequest } from '../../problem-details/invalid-request.exception.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Acknowledging an alert, for the API and the inbox page alike: who may, and what is recorded. */
@Injectable()
export class AlertAcknowledgements {
  constructor(
    private readonly commands: CommandBus,
    private readonly clock: Clock,
  ) {}

  async acknowledge(force: ForceCode, alertId: string, principal: Principal): Promise<InboxAlert> {
    assertMayAcknowledgeAlerts(principal, force);
    if (!UUID.test(alertId)) throw new InvalidRequest([{ field: 'alertId', message: 'alertId must be the alertId of an alert in the inbox' }]);
    const by = { userId: principal.userId, name: principal.name, role: principal.role, force: principal.force ?? null };
    const alert = await this.commands.execute<AcknowledgeAlertCommand, InboxAlert | null>(new AcknowledgeAlertCommand(force, alertId.toLowerCase(), by, this.clock.now()));
    if (!alert) throw new NotFoundException(`${force}'s inbox holds no alert ${alertId}.`);
    return alert;
  }
}
