package app.distribu.identity.sso;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.account.Users;
import app.distribu.identity.token.LinkToken;
import app.distribu.identity.token.UserSession;
import app.distribu.platform.security.Role;

/**
 * Turns a provider's sign-in into a Distribu user with a membership in the company whose
 * provider vouched for it. A provider identity (issuer + subject) already linked finds
 * its user; an email nobody has yet becomes a new, linked user; but an email that belongs
 * to an existing account is never taken on the provider's word: the account's owner
 * confirms the link first ({@link SsoLinks}).
 */
@Service
class SsoAccounts {

	static final Duration CONFIRMATION_LIFETIME = Duration.ofMinutes(30);

	private static final SecureRandom random = new SecureRandom();

	private final SsoRepository repository;

	private final SsoLinkRepository links;

	private final CompanyRegistrations registrations;

	private final Users users;

	private final Clock clock;

	SsoAccounts(SsoRepository repository, SsoLinkRepository links, CompanyRegistrations registrations, Users users,
			Clock clock) {
		this.repository = repository;
		this.links = links;
		this.registrations = registrations;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * People new to the company join as MEMBER; existing members keep their role.
	 */
	@Transactional
	SsoOutcome signIn(UUID companyId, ProviderIdentity identity) {
		requireUsable(companyId);
		Instant now = this.clock.instant();
		Optional<UUID> linked = this.links.linkedUser(companyId, identity.issuer(), identity.subject());
		if (linked.isPresent()) {
			return SsoOutcome.signedIn(join(linked.get(), companyId));
		}
		Optional<SsoRepository.SsoUser> existing = this.repository.userByEmail(identity.email());
		if (existing.isEmpty()) {
			UUID id = UUID.randomUUID();
			this.repository.insertUserIfAbsent(id, identity.email().trim(), identity.name(), unusablePasswordHash());
			SsoRepository.SsoUser created = this.repository.userByEmail(identity.email()).orElseThrow();
			if (created.id().equals(id)) {
				this.links.link(companyId, identity.issuer(), identity.subject(), id, now);
				return SsoOutcome.signedIn(join(id, companyId));
			}
			existing = Optional.of(created);
		}
		if (existing.get().support()) {
			throw SsoProblem.supportAccount();
		}
		String token = LinkToken.generate();
		this.links.purgeBefore(now);
		this.links.insertPending(LinkToken.sha256Hex(token), companyId, identity, existing.get().id(),
				now.plus(CONFIRMATION_LIFETIME));
		return SsoOutcome.confirmFirst(token);
	}

	/** The owner confirmed: the link holds from now on, and this sign-in completes. */
	@Transactional
	UserSession link(PendingLink pending) {
		requireUsable(pending.companyId());
		Instant now = this.clock.instant();
		if (!this.links.spend(pending.tokenHash(), now)) {
			throw SsoProblem.confirmationExpired();
		}
		this.links.link(pending.companyId(), pending.issuer(), pending.subject(), pending.userId(), now);
		return join(pending.userId(), pending.companyId());
	}

	private UserSession join(UUID userId, UUID companyId) {
		if (this.repository.isSupport(userId)) {
			throw SsoProblem.supportAccount();
		}
		this.users.join(userId, companyId, Role.MEMBER);
		return this.users.session(userId, companyId).orElseThrow();
	}

	/**
	 * Checked again at each step: the plan or the settings may have changed meanwhile.
	 */
	private void requireUsable(UUID companyId) {
		if (this.registrations.usable(companyId).isEmpty()) {
			throw SsoProblem.notEnabled("This company");
		}
	}

	/**
	 * Not an Argon2 hash, so no password ever matches it; the person can still choose a
	 * password through "Forgot password?", which proves the mailbox.
	 */
	private static String unusablePasswordHash() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return "sso-only:" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
