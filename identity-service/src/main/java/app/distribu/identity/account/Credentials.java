package app.distribu.identity.account;

import java.util.UUID;

record Credentials(UUID userId, String passwordHash) {

}
