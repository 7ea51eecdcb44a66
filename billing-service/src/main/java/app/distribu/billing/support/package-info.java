/**
 * The support console's side in billing: look up invoices and subscriptions, mark manual
 * invoices paid, refund by invoice ID, move a company to Enterprise.
 */
package app.distribu.billing.support;
