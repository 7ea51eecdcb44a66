package app.distribu.identity.contact;

import java.time.Instant;

/**
 * The answer to customer-service: the link to mail (or show) and when it stops working.
 */
record IssuedLink(String url, Instant expiresAt) {

}
