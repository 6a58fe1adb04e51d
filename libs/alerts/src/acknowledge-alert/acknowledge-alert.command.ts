import type { Acknowledger } from '../get-alerts/get-alerts.query.js';

/** Someone of the force says they have seen this alert. Who may do it is the edge's rule. */
export class AcknowledgeAlertCommand {
  constructor(
    readonly force: string,
    readonly alertId: string,
    readonly by: Acknowledger & { userId: string },
    readonly at: Date,
  ) {}
}
