package app.distribu.identity.twofactor;

import java.util.List;

/**
 * A support account's authenticator secret (base32) and, until it is confirmed with a
 * first code, the recovery codes to show.
 */
record Enrolment(String secret, List<String> pendingCodes, boolean confirmed) {

}
