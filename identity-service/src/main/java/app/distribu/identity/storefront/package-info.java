/**
 * Settings → Storefront: the store's name, logo and custom domains. identity owns them
 * because it owns companies and slugs; the logo is served publicly at
 * {@code /store/{slug}/logo} (pages and emails link there), and the gateway asks
 * {@code /internal/store-domains/{host}} which store a verified domain shows.
 */
package app.distribu.identity.storefront;
