/**
 * Events between services: the envelope every event travels in, the transactional outbox
 * that writes events with the change they describe, the relay that publishes them to
 * Kafka keyed by company, and the idempotent consumer that applies each event once.
 */
package app.distribu.platform.events;
