/**
 * The JSON APIs over customers: the public {@code /api/v1/customers} (with contacts,
 * addresses and credit) and the {@code /internal} lookups other services call with the
 * caller's token.
 */
package app.distribu.customer.api;
