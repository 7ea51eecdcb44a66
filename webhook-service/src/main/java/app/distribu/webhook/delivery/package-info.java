/**
 * Deliveries: each event fanned out to the endpoints that want it, then sent by workers
 * that claim due deliveries with a lease (committed before any network call), a few per
 * endpoint at a time, under one deadline per attempt, retried with exponential backoff
 * and jitter for about three days, signed the FAQ's way and the Standard Webhooks way.
 */
package app.distribu.webhook.delivery;
