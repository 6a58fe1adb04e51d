export class GetAlertsQuery {
  constructor(
    readonly force: string,
    readonly limit: number,
  ) {}
}

export interface Alert {
  alertId: string;
  kind: string;
  orderId: string;
  breachId: string | null;
  raisedAt: string;
  reason: string;
  why: string;
  position: number;
}
