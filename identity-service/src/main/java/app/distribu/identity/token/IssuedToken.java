package app.distribu.identity.token;

import java.time.Instant;

/** A signed token and the moment it stops being valid. */
public record IssuedToken(String value, Instant expiresAt) {

}
