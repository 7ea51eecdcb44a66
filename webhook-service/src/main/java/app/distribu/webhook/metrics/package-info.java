/** Prometheus meters of webhook-service that need no hook in the delivery engine. */
package app.distribu.webhook.metrics;
