/**
 * Customer credit: the open balance (orders not marked paid, cancelled and deleted ones
 * left out), the enforced credit limit checked in the order's transaction, and the paid
 * flag staff set on orders.
 */
package app.distribu.order.credit;
