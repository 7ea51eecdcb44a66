package app.distribu.customer.storefront;

import java.util.UUID;

import org.springframework.security.core.Authentication;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;

/**
 * A contact signed in at the store in the path; anyone else (a visitor, a team member, a
 * contact of another store) is sent to that store's sign-in.
 */
record StoreContact(UUID companyId, UUID contactId, UUID customerId, String email) {

	static StoreContact of(Authentication authentication, String slug) {
		if (authentication instanceof DistribuAuthentication token) {
			DistribuPrincipal me = token.getPrincipal();
			String customerId = token.getToken().getClaimAsString("customerId");
			if (me.kind() == PrincipalKind.CONTACT && slug.equals(me.companySlug()) && customerId != null) {
				return new StoreContact(me.companyId(), me.subjectId(), UUID.fromString(customerId), me.email());
			}
		}
		return null;
	}

}
