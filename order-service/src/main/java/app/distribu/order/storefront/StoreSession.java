package app.distribu.order.storefront;

import java.util.Optional;
import java.util.UUID;

import org.springframework.security.core.Authentication;

import app.distribu.order.ordering.Buyer;

import app.distribu.platform.security.DistribuAuthentication;
import app.distribu.platform.security.DistribuPrincipal;
import app.distribu.platform.security.PrincipalKind;

/**
 * A contact signed in at the store in the path. Everything the storefront reads or writes
 * is scoped by these ids, which come from the signed token only.
 */
public record StoreSession(UUID companyId, UUID contactId, UUID customerId, StoreRef store, String email, String name) {

	/** The session if the caller is a contact of this store, else empty (a visitor). */
	public static Optional<StoreSession> of(Authentication authentication, String slug) {
		try {
			return Optional.of(require(authentication, slug));
		}
		catch (StoreSignInNeeded visitor) {
			return Optional.empty();
		}
	}

	/** The session, if the caller is a contact of the store named by {@code slug}. */
	public static StoreSession require(Authentication authentication, String slug) {
		if (!(authentication instanceof DistribuAuthentication token)) {
			throw new StoreSignInNeeded(slug);
		}
		DistribuPrincipal me = token.getPrincipal();
		String customerId = token.getToken().getClaimAsString("customerId");
		// A session from another store (or the dashboard) does not act here.
		if (me.kind() != PrincipalKind.CONTACT || !slug.equals(me.companySlug()) || customerId == null) {
			throw new StoreSignInNeeded(slug);
		}
		String name = (me.companyName() != null) ? me.companyName() : slug;
		return new StoreSession(me.companyId(), me.subjectId(), UUID.fromString(customerId), new StoreRef(slug, name),
				me.email(), me.name());
	}

	/** The contact as the buyer of an order: who gets its mails. */
	public Buyer buyer() {
		return new Buyer(this.contactId, this.email, this.name, this.store.slug(), this.store.name());
	}

	public String path(String rest) {
		return "/store/" + this.store.slug() + rest;
	}

}
