package app.distribu.identity.team;

import java.util.UUID;

import org.springframework.stereotype.Service;

import app.distribu.identity.account.SessionRenewal;
import app.distribu.identity.account.Users;
import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.Role;
import app.distribu.platform.web.NotFound;

/** A new session in another of the user's companies, with the role held there. */
@Service
class SwitchingCompany {

	private final Users members;

	private final TokenIssuer tokens;

	SwitchingCompany(Users members, TokenIssuer tokens) {
		this.members = members;
		this.tokens = tokens;
	}

	public IssuedToken switchTo(DistribuPrincipal me, UUID companyId) {
		me.requireRole(Role.values());
		if (SessionRenewal.fromSingleSignOn()) {
			// Only that company's provider vouched for this person (see TokenIssuer).
			throw new NotFound("Company");
		}
		return this.members.session(me.subjectId(), companyId)
			.map(this.tokens::session)
			.orElseThrow(() -> new NotFound("Company"));
	}

}
