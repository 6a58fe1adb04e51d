/**
 * The advisory lock that orders webhook registrations and deletions against the inbox's writes of
 * deliveries: the inbox holds it shared while it reads which webhooks are live, a registration or a
 * deletion holds it alone. So a webhook registered at T gets every alert raised from T on, and a
 * deleted one gets no delivery written after its pending ones were cancelled.
 */
export const WEBHOOKS_LOCK = `hashtext('stor-webhooks')`;
