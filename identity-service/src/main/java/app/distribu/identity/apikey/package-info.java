/**
 * API keys: created and revoked by OWNERs and ADMINs on the settings page, exchanged by
 * the gateway for short-lived API_KEY tokens. Only the SHA-256 of a key is stored.
 */
package app.distribu.identity.apikey;
