/**
 * Order events: published through the outbox and, in the same transaction, appended to
 * the company's events feed ({@code GET /api/v1/events}) for reconciliation without
 * webhooks.
 */
package app.distribu.order.feed;
