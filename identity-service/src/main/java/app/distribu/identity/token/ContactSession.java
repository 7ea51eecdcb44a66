package app.distribu.identity.token;

import java.util.UUID;

/** Who a storefront session is for: one contact of one customer at one store. */
public record ContactSession(UUID contactId, UUID customerId, UUID companyId, String companyName, String slug,
		String email, String name) {

}
