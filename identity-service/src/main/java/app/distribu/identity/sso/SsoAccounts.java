package app.distribu.identity.sso;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.token.UserSession;
import app.distribu.identity.account.Users;
import app.distribu.platform.security.Role;

/**
 * Turns a provider-verified email into a Distribu user with a membership in the company
 * whose provider vouched for it.
 */
@Service
class SsoAccounts {

	private static final SecureRandom random = new SecureRandom();

	private final SsoRepository repository;

	private final CompanyRegistrations registrations;

	private final Users users;

	SsoAccounts(SsoRepository repository, CompanyRegistrations registrations, Users users) {
		this.repository = repository;
		this.registrations = registrations;
		this.users = users;
	}

	/**
	 * Matches the user by email (case-insensitively) or provisions one without a
	 * password; people new to the company join as MEMBER, existing members keep their
	 * role.
	 */
	@Transactional
	UserSession signIn(UUID companyId, String email, String name) {
		// Checked again here: the plan or the settings may have changed during the dance.
		if (this.registrations.usable(companyId).isEmpty()) {
			throw SsoProblem.notEnabled("This company");
		}
		SsoRepository.SsoUser user = this.repository.userByEmail(email).orElseGet(() -> {
			this.repository.insertUserIfAbsent(UUID.randomUUID(), email.trim(), name, unusablePasswordHash());
			return this.repository.userByEmail(email).orElseThrow();
		});
		if (user.support()) {
			throw SsoProblem.supportAccount();
		}
		this.users.join(user.id(), companyId, Role.MEMBER);
		return this.users.session(user.id(), companyId).orElseThrow();
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
