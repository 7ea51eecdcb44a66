package app.distribu.catalog.stock;

import java.util.UUID;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.NotPermitted;
import app.distribu.platform.security.PrincipalKind;
import app.distribu.platform.security.TokenClaims;

/**
 * Who is ordering, from the signed token only: the channel follows the kind of token (a
 * team member orders from the dashboard, an API key through the API, a contact from the
 * storefront), and a storefront contact always orders for its own customer at its own
 * prices. What order-service puts in the body for these can only agree or be ignored, so
 * a contact's token passed on to catalog cannot reach inactive products, another
 * customer's prices or the dashboard's privileges.
 */
record Caller(Source source, UUID customerId) {

	static Caller of(DistribuAuthentication authentication) {
		PrincipalKind kind = authentication.getPrincipal().kind();
		return switch (kind) {
			case USER -> new Caller(Source.DASHBOARD, null);
			case API_KEY -> new Caller(Source.API, null);
			case CONTACT -> {
				String customer = authentication.getToken().getClaimAsString(TokenClaims.CUSTOMER_ID);
				if (customer == null) {
					throw new NotPermitted();
				}
				yield new Caller(Source.STOREFRONT, UUID.fromString(customer));
			}
			case SUPPORT -> throw new NotPermitted();
		};
	}

	boolean isContact() {
		return this.source == Source.STOREFRONT;
	}

}
