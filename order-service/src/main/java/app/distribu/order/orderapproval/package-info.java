/**
 * Order approvals inside a customer: a storefront checkout by a Requester, or by a Buyer
 * over the customer's threshold, waits for an admin buyer, who approves it (the order is
 * placed then, at that moment's prices) or rejects it with a reason. Named apart from
 * customer-service's registration approval (docs/buyer-roles-and-approvals.md).
 */
package app.distribu.order.orderapproval;
