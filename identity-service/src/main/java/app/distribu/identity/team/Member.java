package app.distribu.identity.team;

import java.time.OffsetDateTime;
import java.util.UUID;

import app.distribu.platform.security.Role;

record Member(UUID userId, String name, String email, Role role, OffsetDateTime joinedAt) {

}
