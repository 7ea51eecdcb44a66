package app.distribu.identity.sso;

/** What identity uses of a provider's OpenID Connect discovery document. */
record ProviderMetadata(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwksUri,
		boolean clientSecretPostOnly) {

}
