/** Webhooks: partner endpoints, their secrets, and signed deliveries of events. */
package app.distribu.webhook;
