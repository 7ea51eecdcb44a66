package app.distribu.identity.token;

import java.util.UUID;

import app.distribu.platform.security.Role;

/** Who a dashboard session is for: one user acting in one company. */
public record UserSession(UUID userId, String email, String name, UUID companyId, String companyName, String slug,
		Role role) {

}
