package app.distribu.identity.profile;

import java.util.UUID;

record Profile(UUID userId, String email, String name, String passwordHash) {

}
