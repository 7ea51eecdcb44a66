/**
 * Custom storefront domains: a request whose Host is a store's verified domain is served
 * that store's storefront, with the storefront at the domain's root. identity knows the
 * domains; this package asks it and caches the answers briefly.
 */
package app.distribu.gateway.customdomain;
