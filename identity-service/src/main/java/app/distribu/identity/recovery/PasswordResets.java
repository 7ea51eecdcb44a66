package app.distribu.identity.recovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.recovery.ResetRepository.Recipient;
import app.distribu.identity.token.LinkToken;
import app.distribu.identity.token.SessionVersions;
import app.distribu.platform.web.NotFound;

/**
 * Password-reset links: issued on request (the forgot-password form, or support), spent
 * once within an hour to set a new password.
 */
@Service
public class PasswordResets {

	static final Duration LIFETIME = Duration.ofHours(1);

	/** Enough for a lost mail or two, too few to flood someone's inbox. */
	static final int MAX_PER_HOUR = 5;

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

	private final ResetRepository resets;

	private final ResetMail mail;

	private final PasswordEncoder passwords;

	private final SessionVersions sessions;

	private final Clock clock;

	private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("password-reset-");

	PasswordResets(ResetRepository resets, ResetMail mail, PasswordEncoder passwords, SessionVersions sessions,
			Clock clock) {
		this.resets = resets;
		this.mail = mail;
		this.passwords = passwords;
		this.sessions = sessions;
		this.clock = clock;
		this.background.setConcurrencyLimit(8);
	}

	/**
	 * Mails a reset link to a user's address, for support acting on request.
	 * @param userId whose password is to be reset
	 * @param issuedBy who asked for it (a support user), kept with the link
	 */
	public void issueFor(UUID userId, UUID issuedBy) {
		Recipient user = this.resets.user(userId).orElseThrow(() -> new NotFound("User"));
		issue(user, issuedBy);
	}

	/**
	 * The forgot-password form. Runs after the answer is sent, so known and unknown
	 * addresses take the same time to answer and the page cannot tell them apart.
	 */
	void requestFor(String email) {
		this.background.execute(() -> this.resets.userByEmail(email)
			.filter((user) -> this.resets.issuedSince(user.userId(), now().minus(Duration.ofHours(1))) < MAX_PER_HOUR)
			.ifPresent((user) -> issueQuietly(user)));
	}

	boolean usable(String token) {
		return LinkToken.wellFormed(token) && this.resets.usable(LinkToken.sha256Hex(token), now());
	}

	@Transactional
	public void reset(String token, String newPassword) {
		if (!LinkToken.wellFormed(token)) {
			throw new ResetLinkInvalid();
		}
		Instant now = now();
		UUID userId = this.resets.spend(LinkToken.sha256Hex(token), now).orElseThrow(ResetLinkInvalid::new);
		this.resets.setPasswordHash(userId, this.passwords.encode(newPassword));
		this.resets.spendOthers(userId, now);
		// Whoever knew the old password may be signed in somewhere.
		this.sessions.revokeAll(userId);
		log.info("Password reset for user {}", userId);
	}

	/**
	 * Nobody waits for this answer: a failure is logged (without the link) and dropped.
	 */
	private void issueQuietly(Recipient user) {
		try {
			issue(user, null);
		}
		catch (RuntimeException ex) {
			log.warn("Could not send a password reset link to user {}: {}", user.userId(),
					ex.getClass().getSimpleName());
		}
	}

	private void issue(Recipient user, UUID issuedBy) {
		String token = LinkToken.generate();
		Instant now = now();
		this.resets.insert(LinkToken.sha256Hex(token), user.userId(), issuedBy, now, now.plus(LIFETIME));
		this.mail.send(user, token);
		log.info("Password reset link sent to user {}", user.userId());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
