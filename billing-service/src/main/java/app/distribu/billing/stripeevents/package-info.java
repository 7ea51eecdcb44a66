/**
 * Stripe's signed webhooks in: each event applied once to our invoices and subscriptions.
 */
package app.distribu.billing.stripeevents;
