package app.distribu.identity.sso;

/**
 * Who a company's provider says signed in: its issuer and subject, and a verified email.
 */
record ProviderIdentity(String issuer, String subject, String email, String name) {

}
