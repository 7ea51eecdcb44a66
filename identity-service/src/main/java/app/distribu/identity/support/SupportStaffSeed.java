package app.distribu.identity.support;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the configured support account, or makes an existing account with that email a
 * support account with that password. Team members are never promoted: support accounts
 * are staff-only and never belong to a company.
 */
@Component
class SupportStaffSeed implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SupportStaffSeed.class);

	private final SupportRepository users;

	private final PasswordEncoder passwords;

	private final SupportSeedProperties properties;

	SupportStaffSeed(SupportRepository users, PasswordEncoder passwords, SupportSeedProperties properties) {
		this.users = users;
		this.passwords = passwords;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!this.properties.configured()) {
			return;
		}
		String email = this.properties.email().trim();
		String hash = this.passwords.encode(this.properties.password());
		UUID existing = this.users.userIdByEmail(email).orElse(null);
		if (existing == null) {
			this.users.insertSupportUser(UUID.randomUUID(), email, "Support", hash);
			log.info("Created the support account {}", email);
		}
		else if (this.users.hasMemberships(existing)) {
			log.warn("Not making {} a support account: it belongs to a company, and support accounts are staff-only",
					email);
		}
		else {
			this.users.makeSupport(existing, hash);
			log.info("Updated the support account {}", email);
		}
	}

}
