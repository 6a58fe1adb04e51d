export { RegisterModule } from './register.module.js';
export { RegisterProjection } from './projection/register.projection.js';
export { CreateRegister1763870000200 } from './register.migration.js';
export { CheckSubjectQuery, type CheckSubjectResult, type SubjectMatch } from './check-subject/check-subject.query.js';
export { GetOrderQuery } from './get-order/get-order.query.js';
export type { FoundOrder } from './get-order/get-order.handler.js';
export { ListOrdersQuery, type OrderPage, type OrderSummary } from './list-orders/list-orders.query.js';
export { OrdersDueToExpireQuery } from './orders-due-to-expire/orders-due-to-expire.query.js';
export { type OrderView, toOrderView } from './order-view.js';
