/**
 * Monthly usage: one counter per company and calendar month (UTC), raised once per
 * {@code order.created} whatever becomes of the order later.
 */
package app.distribu.billing.usage;
