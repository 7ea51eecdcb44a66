/**
 * Storefront sign-in for customer contacts: single-use links customer-service asks for
 * (invites and sign-in requests), the store-scoped session cookie they open, and the mail
 * telling a distributor's owners and admins about a storefront registration.
 */
package app.distribu.identity.contact;
