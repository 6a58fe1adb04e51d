/**
 * An order's status as at a day, in SQL: one the register still holds as in force whose last day
 * (`in_force_until`) is before that day has expired, whether or not the clock has yet recorded it.
 * `day` is the placeholder of a date parameter, e.g. '$2'.
 */
export const STATUS_AS_AT = (day: string): string =>
  `(CASE WHEN status IN ('active', 'interim') AND (in_force_until IS NULL OR in_force_until < ${day}::date) THEN 'expired' ELSE status END)`;

/** In force as at a day: the condition the check and the counts filter on. */
export const IN_FORCE_AS_AT = (day: string): string => `(status IN ('active', 'interim') AND in_force_until >= ${day}::date)`;
