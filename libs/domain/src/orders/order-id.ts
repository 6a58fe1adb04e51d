declare const orderIdBrand: unique symbol;

/** An order's id (a UUID as the register writes it): the edge parses one, STOR gives one to a new order. */
export type OrderId = string & { readonly [orderIdBrand]: true };
