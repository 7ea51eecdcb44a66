package app.distribu.customer;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import app.distribu.platform.security.DistribuPrincipal;

/** Dashboard pages answer 403 to anything but a team member with a role. */
public final class TeamOnly {

	private TeamOnly() {
	}

	public static void require(DistribuPrincipal me) {
		if (me == null || !me.isUser() || me.roles().isEmpty()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
