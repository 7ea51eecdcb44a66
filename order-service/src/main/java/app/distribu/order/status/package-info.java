/**
 * Moving an order through its statuses: load it, ask the {@code Order} (which holds the
 * rules: every move except out of CANCELLED, cancelling gives the stock back), save the
 * transition, announce it ({@code order.status_changed}, and {@code order.cancelled} for
 * catalog-service to return the stock).
 */
package app.distribu.order.status;
