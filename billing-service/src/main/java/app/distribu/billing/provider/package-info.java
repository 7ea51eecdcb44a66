/**
 * The payment provider port and its adapters: the built-in manual provider (bank
 * transfers settled by support) and Stripe (customers, invoices, payment intents with 3-D
 * Secure, refunds, billing portal, and the names its webhooks carry; the webhooks
 * themselves are read in {@code stripeevents}).
 */
package app.distribu.billing.provider;
