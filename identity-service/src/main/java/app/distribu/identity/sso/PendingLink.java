package app.distribu.identity.sso;

import java.util.UUID;

/** A provider sign-in waiting for the named account's owner to confirm the link. */
record PendingLink(String tokenHash, UUID companyId, String issuer, String subject, UUID userId) {

}
