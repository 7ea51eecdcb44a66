/**
 * Order events ({@code order.created}, {@code order.status_changed},
 * {@code order.cancelled}) published through the outbox. The events feed that partners
 * poll ({@code GET /api/v1/events}) is webhook-service's, fed from these.
 */
package app.distribu.order.events;
