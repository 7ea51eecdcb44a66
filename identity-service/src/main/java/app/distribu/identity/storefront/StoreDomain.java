package app.distribu.identity.storefront;

import java.time.Instant;
import java.util.UUID;

/**
 * A custom domain a company added. It routes to the store once {@code verifiedAt} is set.
 */
record StoreDomain(UUID id, String host, String token, Instant createdAt, Instant verifiedAt, Instant lastCheckedAt,
		String lastProblem) {

	/**
	 * The DNS name that must carry the TXT record (public, like the others: templates
	 * call them).
	 */
	public String recordName() {
		return DomainName.CHALLENGE_LABEL + "." + this.host;
	}

	/** The TXT record's value. */
	public String recordValue() {
		return DomainName.CHALLENGE_PREFIX + this.token;
	}

	public boolean verified() {
		return this.verifiedAt != null;
	}

}
