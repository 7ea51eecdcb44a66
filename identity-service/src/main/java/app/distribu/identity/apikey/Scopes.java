package app.distribu.identity.apikey;

import java.util.List;

/** The scopes a key can be given (spec.md, "API keys"); fixed at creation. */
final class Scopes {

	static final List<String> ALL = List.of("products:read", "products:write", "customers:read", "customers:write",
			"orders:read", "orders:write", "webhooks:read", "webhooks:write");

	private Scopes() {
	}

}
