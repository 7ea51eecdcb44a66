package app.distribu.identity.profile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.profile.ProfileRepository.EmailChange;
import app.distribu.identity.token.LinkToken;
import app.distribu.identity.token.SessionVersions;
import app.distribu.platform.web.NotFound;

/** A user's own name, password and email address. */
@Service
class Profiles {

	static final Duration EMAIL_LINK_LIFETIME = Duration.ofHours(24);

	private static final Logger log = LoggerFactory.getLogger(Profiles.class);

	private final ProfileRepository profiles;

	private final PasswordEncoder passwords;

	private final EmailChangeMail mail;

	private final SessionVersions sessions;

	private final Clock clock;

	Profiles(ProfileRepository profiles, PasswordEncoder passwords, EmailChangeMail mail, SessionVersions sessions,
			Clock clock) {
		this.profiles = profiles;
		this.passwords = passwords;
		this.mail = mail;
		this.sessions = sessions;
		this.clock = clock;
	}

	Profile show(UUID userId) {
		return this.profiles.find(userId).orElseThrow(() -> new NotFound("User"));
	}

	@Transactional
	public void rename(UUID userId, String name) {
		show(userId);
		this.profiles.setName(userId, name.trim());
	}

	@Transactional
	public void changePassword(UUID userId, String currentPassword, String newPassword) {
		Profile profile = show(userId);
		requirePassword(profile, currentPassword, "currentPassword");
		this.profiles.setPasswordHash(userId, this.passwords.encode(newPassword));
		this.profiles.spendPasswordResets(userId, this.clock.instant());
		// Every other device signs in again; the caller gets a fresh session.
		this.sessions.revokeAll(userId);
		log.info("Password changed by user {}", userId);
	}

	/** "Sign out everywhere": every session of the user ends, this one included. */
	@Transactional
	public void signOutEverywhere(UUID userId) {
		show(userId);
		this.sessions.revokeAll(userId);
		log.info("User {} signed out everywhere", userId);
	}

	/**
	 * Mails a link to the new address and a notice to the old one; nothing changes until
	 * the link is opened.
	 */
	@Transactional
	public void requestEmailChange(UUID userId, String newEmail, String currentPassword) {
		Profile profile = show(userId);
		String email = newEmail.trim();
		requirePassword(profile, currentPassword, "emailPassword");
		if (email.equalsIgnoreCase(profile.email())) {
			throw ProfileProblem.sameEmail();
		}
		if (this.profiles.emailTaken(email)) {
			throw ProfileProblem.emailTaken();
		}
		Instant now = this.clock.instant();
		String token = LinkToken.generate();
		this.profiles.spendEmailChanges(userId, now);
		this.profiles.insertEmailChange(LinkToken.sha256Hex(token), userId, email, now, now.plus(EMAIL_LINK_LIFETIME));
		this.mail.sendConfirmation(profile, email, token);
		this.mail.sendNotice(profile, email);
		log.info("Email change requested by user {}", userId);
	}

	/** The address a link would switch to, for the confirmation page. */
	String pendingEmail(String token) {
		if (!LinkToken.wellFormed(token)) {
			throw new EmailLinkInvalid();
		}
		return this.profiles.pendingEmail(LinkToken.sha256Hex(token), this.clock.instant())
			.orElseThrow(EmailLinkInvalid::new);
	}

	@Transactional
	public String confirmEmailChange(String token) {
		if (!LinkToken.wellFormed(token)) {
			throw new EmailLinkInvalid();
		}
		EmailChange change = this.profiles.spendEmailChange(LinkToken.sha256Hex(token), this.clock.instant())
			.orElseThrow(EmailLinkInvalid::new);
		// Someone may have taken the address since the link was sent.
		if (this.profiles.emailTaken(change.newEmail())) {
			throw ProfileProblem.emailTaken();
		}
		try {
			this.profiles.setEmail(change.userId(), change.newEmail());
		}
		catch (DuplicateKeyException ex) {
			throw ProfileProblem.emailTaken();
		}
		log.info("Email changed for user {}", change.userId());
		return change.newEmail();
	}

	private void requirePassword(Profile profile, String password, String field) {
		if (password == null || password.isEmpty() || !this.passwords.matches(password, profile.passwordHash())) {
			throw ProfileProblem.wrongPassword(field);
		}
	}

}
