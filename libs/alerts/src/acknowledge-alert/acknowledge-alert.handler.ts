import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { INBOX_COLUMNS, INBOX_FROM, inboxAlertOf } from '../get-alerts/get-alerts.handler.js';
import type { InboxAlert } from '../get-alerts/get-alerts.query.js';
import { AcknowledgeAlertCommand } from './acknowledge-alert.command.js';

/**
 * Records the first acknowledgement of an alert in the force's inbox; a second changes nothing and
 * answers with the first. null when the force's inbox holds no such alert.
 */
@CommandHandler(AcknowledgeAlertCommand)
export class AcknowledgeAlertHandler implements ICommandHandler<AcknowledgeAlertCommand, InboxAlert | null> {
  constructor(private readonly db: DataSource) {}

  async execute(command: AcknowledgeAlertCommand): Promise<InboxAlert | null> {
    const { force, alertId, by, at } = command;
    await this.db.query(
      `INSERT INTO alert_acknowledgements (alert_id, force, acknowledged_at, by_user_id, by_name, by_role, by_force)
       SELECT a.alert_id, a.force, $3, $4, $5, $6, $7 FROM alerts a WHERE a.force = $1 AND a.alert_id = $2
       ON CONFLICT (alert_id) DO NOTHING`,
      [force, alertId, at.toISOString(), by.userId, by.name, by.role, by.force],
    );
    const rows: Record<string, unknown>[] = await this.db.query(`SELECT ${INBOX_COLUMNS} FROM ${INBOX_FROM} WHERE a.force = $1 AND a.alert_id = $2`, [force, alertId]);
    return rows[0] ? inboxAlertOf(rows[0]) : null;
  }
}
