/**
 * Every webhook event stored once, with the exact body deliveries send, numbered per
 * company in the order they were recorded: the events feed ({@code GET /api/v1/events})
 * for partners reconciling what they missed.
 */
package app.distribu.webhook.feed;
