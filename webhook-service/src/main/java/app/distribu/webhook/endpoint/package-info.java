/**
 * Webhook endpoints a company registers: URL (checked against SSRF), subscribed event
 * types, active flag and the signing secret, shown once.
 */
package app.distribu.webhook.endpoint;
