/**
 * Every service is an OAuth2 resource server trusting identity-service's JWKS. This
 * package turns a verified token into a
 * {@link app.distribu.platform.security.DistribuPrincipal} and supplies the default
 * filter chain (API answers 401/403 problem details, pages redirect to sign-in, forms
 * carry CSRF tokens).
 */
package app.distribu.platform.security;
