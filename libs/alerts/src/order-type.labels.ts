// Officers read the short form (STPO, TEPO) daily, so it follows the full title.
const ORDER_TYPE_LABELS: Readonly<Record<string, string>> = {
  STPO: 'Slavery and Trafficking Prevention Order (STPO)',
  STRO: 'Slavery and Trafficking Risk Order (STRO)',
  INTERIM_STPO: 'interim Slavery and Trafficking Prevention Order (STPO)',
  INTERIM_STRO: 'interim Slavery and Trafficking Risk Order (STRO)',
  TEPO: 'Trafficking and Exploitation Prevention Order (TEPO)',
  TERO: 'Trafficking and Exploitation Risk Order (TERO)',
  INTERIM_TEPO: 'interim Trafficking and Exploitation Prevention Order (TEPO)',
  INTERIM_TERO: 'interim Trafficking and Exploitation Risk Order (TERO)',
  NI_STPO: 'Northern Ireland Slavery and Trafficking Prevention Order (STPO)',
  NI_INTERIM_STPO: 'Northern Ireland interim Slavery and Trafficking Prevention Order (STPO)',
};

/**
 * An unrecognised type reads as plain "order" rather than echoing the caller's string, so nothing
 * unexpected can reach an inbox; the alert is still raised.
 */
export function orderTypeLabel(orderType: string): string {
  return Object.hasOwn(ORDER_TYPE_LABELS, orderType) ? ORDER_TYPE_LABELS[orderType] : 'order';
}

const ISSUED_IN: Readonly<Record<string, string>> = {
  TEPO: 'Scottish',
  TERO: 'Scottish',
  INTERIM_TEPO: 'Scottish',
  INTERIM_TERO: 'Scottish',
  NI_STPO: 'Northern Irish',
  NI_INTERIM_STPO: 'Northern Irish',
};

/** "Scottish" or "Northern Irish" for an order made under those jurisdictions' law (R35, R36); null otherwise. */
export function issuedOutsideEnglandAndWales(orderType: string): string | null {
  return Object.hasOwn(ISSUED_IN, orderType) ? ISSUED_IN[orderType] : null;
}
