package app.distribu.identity.account;

import java.util.UUID;

/** What sign-in checks; support staff sign in to the console, not to a company. */
record Credentials(UUID userId, String email, String name, String passwordHash, boolean support) {

}
