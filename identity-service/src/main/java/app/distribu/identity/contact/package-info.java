/**
 * Storefront sign-in for customer contacts: single-use links customer-service asks for
 * (invites and sign-in requests), and the store-scoped session cookie they open.
 */
package app.distribu.identity.contact;
