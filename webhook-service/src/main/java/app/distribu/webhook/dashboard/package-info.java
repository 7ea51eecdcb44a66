/**
 * Settings → Webhooks: webhook cards with their recent deliveries, and the create form.
 */
package app.distribu.webhook.dashboard;
