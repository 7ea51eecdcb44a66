package app.distribu.customer.invite;

import java.time.Instant;

/** A sign-in link from identity and when it stops working. */
public record IssuedLink(String url, Instant expiresAt) {

}
