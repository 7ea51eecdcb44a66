/**
 * Orders: creation with stock reservation, per-company numbers, the status machine and
 * the events partners and other services react to.
 */
package app.distribu.order;
