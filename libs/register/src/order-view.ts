import type { OrderInForceOrEnded } from '#domain';

/** An order as the API shows it: the contract's field names, prohibitions in plain words. */
export interface OrderView {
  orderId: string;
  type: string;
  status: string;
  owningForce: string;
  court: string;
  madeOn: string;
  servedOn: string | null;
  expiresOn: string | null;
  subject: OrderInForceOrEnded['subject'];
  prohibitions: {
    prohibitionId: string;
    text: string;
    until: string | null;
    status: string;
    startsOn: string;
    endedOn: string | null;
    foreignTravel?: { scope: string; countries: string[] };
  }[];
  breaches: OrderInForceOrEnded['breaches'];
  version: number;
}

export function toOrderView(state: OrderInForceOrEnded, version: number): OrderView {
  return {
    orderId: state.orderId,
    type: state.orderType,
    status: state.status,
    owningForce: state.owningForce,
    court: state.court,
    madeOn: state.madeOn,
    servedOn: state.servedOn,
    expiresOn: expiresOn(state),
    subject: state.subject,
    prohibitions: state.prohibitions.map((p) => ({
      prohibitionId: p.prohibitionId,
      text: p.text,
      until: p.until,
      status: p.status,
      startsOn: p.startsOn,
      endedOn: p.endedOn,
      ...(p.foreignTravel ? { foreignTravel: p.foreignTravel } : {}),
    })),
    breaches: state.breaches,
    version,
  };
}

/** The last day any prohibition is in force; null while one runs "until further order" (R14). */
export function expiresOn(state: OrderInForceOrEnded): string | null {
  const inForce = state.prohibitions.filter((p) => p.status === 'in-force');
  if (inForce.length === 0) return null;
  if (inForce.some((p) => p.until === null)) return null;
  return inForce.map((p) => p.until as string).sort().at(-1) ?? null;
}
