package app.distribu.catalog.storefront;

import java.util.UUID;

import org.springframework.security.core.Authentication;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;

/**
 * Who browses a store: a signed-in contact of that store's company (with the customer
 * their token names), or anyone else, who sees what an anonymous visitor sees.
 */
record Shopper(UUID customerId) {

	static final Shopper ANONYMOUS = new Shopper(null);

	static Shopper of(Authentication authentication, UUID storeCompanyId) {
		if (authentication instanceof DistribuAuthentication token
				&& isContactOf(token.getPrincipal(), storeCompanyId)) {
			String customerId = token.getToken().getClaimAsString("customerId");
			return (customerId != null) ? new Shopper(UUID.fromString(customerId)) : ANONYMOUS;
		}
		return ANONYMOUS;
	}

	private static boolean isContactOf(DistribuPrincipal me, UUID companyId) {
		return me.kind() == PrincipalKind.CONTACT && me.companyId().equals(companyId);
	}

	boolean signedIn() {
		return this.customerId != null;
	}

}
