/**
 * Webhook endpoints a company registers: URL (checked against SSRF after DNS), event
 * types, description, active flag, the dashboard-orders option and the signing secrets,
 * sealed at rest and rotated with an overlap.
 */
package app.distribu.webhook.endpoint;
