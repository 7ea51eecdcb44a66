package app.distribu.identity.contact;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.LinkToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.identity.web.IdentityProperties;

/** Issues contact links and turns a valid one into a store session. */
@Service
class ContactLinks {

	static final int SIGN_IN_LINKS_PER_HOUR = 5;

	private final ContactLinkRepository links;

	private final TokenIssuer tokens;

	private final ContactLinkProperties properties;

	private final IdentityProperties identity;

	private final Clock clock;

	ContactLinks(ContactLinkRepository links, TokenIssuer tokens, ContactLinkProperties properties,
			IdentityProperties identity, Clock clock) {
		this.links = links;
		this.tokens = tokens;
		this.properties = properties;
		this.identity = identity;
		this.clock = clock;
	}

	@Transactional
	IssuedLink issue(ContactLinkRequest request) {
		Store store = this.links.store(request.companyId()).orElseThrow(UnknownCompany::new);
		OffsetDateTime now = now();
		// Anyone can ask for sign-in links to any address: cap them, so a contact's
		// mailbox cannot be flooded. Invites come from the distributor and are not
		// capped.
		if (request.purpose() == LinkPurpose.SIGN_IN && this.links.issuedSince(request.companyId(), request.contactId(),
				LinkPurpose.SIGN_IN, now.minusHours(1)) >= SIGN_IN_LINKS_PER_HOUR) {
			throw new TooManyLinks();
		}
		OffsetDateTime expiresAt = now.plus(request.purpose().lifetime(this.properties));
		String token = LinkToken.generate();
		this.links.spendEarlier(request.companyId(), request.contactId(), request.purpose(), now);
		this.links.insert(request, LinkToken.sha256Hex(token), now, expiresAt);
		return new IssuedLink(this.identity.publicBaseUrl() + "/store/" + store.slug() + "/signin/" + token,
				expiresAt.toInstant());
	}

	/** The link as opened at this store, without using it; unusable ones say why. */
	@Transactional(readOnly = true)
	StoredLink open(String slug, String token) {
		StoredLink link = (LinkToken.wellFormed(token)) ? this.links.find(LinkToken.sha256Hex(token)).orElse(null)
				: null;
		LinkCheck check = (link != null) ? LinkCheck.of(link, slug, now()) : LinkCheck.UNKNOWN;
		if (check != LinkCheck.USABLE) {
			throw new LinkUnusable(slug, check);
		}
		return link;
	}

	/** Uses the link and signs the contact in. */
	@Transactional
	IssuedToken signIn(String slug, String token) {
		open(slug, token);
		return this.links.spend(LinkToken.sha256Hex(token), slug, now())
			.map((link) -> this.tokens.contact(link.session()))
			.orElseThrow(() -> new LinkUnusable(slug, LinkCheck.USED));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
