import { type IsoDate, type KnownAddress, type OrderInForceOrEnded, orderAsAt } from '#domain';

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
  /** The subject, with their home address as last known: the one at the making, then each notified. */
  subject: OrderInForceOrEnded['subject'] & { address: KnownAddress | null };
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

/**
 * The order as the API shows it, judged as at `today`: a prohibition past its `until` reads as
 * expired, and an order with none left in force as expired, whether or not the clock has yet
 * recorded it (the history shows when it does).
 */
export function toOrderView(state: OrderInForceOrEnded, version: number, today: IsoDate): OrderView {
  const asAt = orderAsAt(state, today);
  const statusToday = new Map(asAt?.prohibitions.map((p) => [p.prohibitionId, p]) ?? []);
  return {
    orderId: state.orderId,
    type: state.orderType,
    status: asAt?.status ?? state.status,
    owningForce: state.owningForce,
    court: state.court,
    madeOn: state.madeOn,
    servedOn: state.servedOn,
    expiresOn: expiresOnDay(asAt?.prohibitions ?? state.prohibitions),
    subject: { ...state.subject, address: asAt?.subject.address ?? null },
    prohibitions: state.prohibitions.map((p) => ({
      prohibitionId: p.prohibitionId,
      text: p.text,
      until: p.until,
      status: statusToday.get(p.prohibitionId)?.status ?? p.status,
      startsOn: p.startsOn,
      endedOn: statusToday.get(p.prohibitionId)?.endedOn ?? p.endedOn,
      ...(p.foreignTravel ? { foreignTravel: p.foreignTravel } : {}),
    })),
    breaches: state.breaches,
    version,
  };
}

/** The last day any prohibition is in force; null while one runs "until further order" (R14), or none is. */
function expiresOnDay(prohibitions: readonly { status: string; until: string | null }[]): string | null {
  return lastDayOf(prohibitions.filter((p) => p.status === 'in-force'));
}

/** The last day of these prohibitions in force; null while one runs until further order (R14), or when there are none. */
export function lastDayOf(inForce: readonly { until: string | null }[]): string | null {
  if (inForce.length === 0 || inForce.some((p) => p.until === null)) return null;
  return inForce.map((p) => p.until as string).sort().at(-1) ?? null;
}
