/**
 * Signing keys kept in the database, the tokens identity signs with them (RS256, issuer
 * {@code distribu-identity}) and the public JWKS every service trusts.
 */
package app.distribu.identity.token;
