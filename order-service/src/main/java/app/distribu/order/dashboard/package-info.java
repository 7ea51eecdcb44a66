/**
 * The dashboard's Orders pages, and what the dashboard home shows of orders
 * ({@code GET /internal/dashboard/orders}, called by identity).
 */
package app.distribu.order.dashboard;
