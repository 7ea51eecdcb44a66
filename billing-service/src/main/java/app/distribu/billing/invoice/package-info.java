/**
 * Invoices: gapless numbers per year, lines (credits negative), totals in cents, and the
 * states {@code draft | open | paid | void | uncollectible}.
 */
package app.distribu.billing.invoice;
