package app.distribu.catalog.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import app.distribu.platform.security.DistribuPrincipal;

/** Dashboard pages are for team members only: a user with a role in the company. */
public final class TeamMember {

	private TeamMember() {
	}

	public static void require(DistribuPrincipal me) {
		if (me == null || !me.isUser() || me.roles().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
