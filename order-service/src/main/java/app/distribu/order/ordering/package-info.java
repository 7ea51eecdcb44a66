/**
 * Placing orders and reading them back: stock is reserved at catalog-service first, then
 * the order, its number, its history and {@code order.created} are written in one
 * transaction.
 */
package app.distribu.order.ordering;
