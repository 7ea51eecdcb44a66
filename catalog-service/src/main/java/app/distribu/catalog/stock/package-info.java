/**
 * Stock reservations for orders: all lines or none, one conditional decrement per
 * product, idempotent per order id; stock comes back when a reservation is released or
 * its order is cancelled.
 */
package app.distribu.catalog.stock;
