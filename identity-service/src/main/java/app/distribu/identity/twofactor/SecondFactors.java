package app.distribu.identity.twofactor;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.identity.account.SignInThrottle;
import app.distribu.identity.token.IssuedToken;
import app.distribu.identity.token.TokenIssuer;
import app.distribu.platform.security.Totp;
import app.distribu.platform.web.NotFound;

/**
 * Enrolling an authenticator app and checking its codes (or a recovery code). Every code
 * counts against the sign-in throttle like a password; a TOTP code works once.
 */
@Service
class SecondFactors {

	static final String ISSUER = "Distribu support";

	private static final Logger log = LoggerFactory.getLogger(SecondFactors.class);

	private final SecondFactorRepository factors;

	private final SignInThrottle throttle;

	private final TokenIssuer tokens;

	private final Clock clock;

	SecondFactors(SecondFactorRepository factors, SignInThrottle throttle, TokenIssuer tokens, Clock clock) {
		this.factors = factors;
		this.throttle = throttle;
		this.tokens = tokens;
		this.clock = clock;
	}

	Staff staff(UUID userId) {
		return this.factors.staff(userId).orElseThrow(() -> new NotFound("Support account"));
	}

	boolean enrolled(UUID userId) {
		return this.factors.find(userId).map(Enrolment::confirmed).orElse(false);
	}

	/** The enrolment in progress, started on first view with a new secret and codes. */
	@Transactional
	Enrolment enrolment(UUID userId) {
		staff(userId);
		this.factors.startIfAbsent(userId, Totp.newSecret(), RecoveryCodes.generate(), this.clock.instant());
		return this.factors.find(userId).orElseThrow();
	}

	/** The first code from the app confirms the enrolment and its recovery codes. */
	@Transactional(noRollbackFor = WrongCode.class)
	void confirm(UUID userId, String code, String clientAddress) {
		Enrolment enrolment = enrolment(userId);
		SignInThrottle.Attempt attempt = this.throttle.beginSecondFactor(userId, clientAddress);
		Instant now = this.clock.instant();
		OptionalLong step = Totp.matchingStep(enrolment.secret(), code, now);
		if (enrolment.confirmed() || step.isEmpty() || !this.factors.confirm(userId, step.getAsLong(),
				enrolment.pendingCodes().stream().map(RecoveryCodes::hash).toList(), now)) {
			this.throttle.failed(attempt);
			throw new WrongCode();
		}
		this.throttle.succeeded(attempt);
		log.info("Support account {} enrolled a second factor", userId);
	}

	/** A current TOTP code not used before, or an unused recovery code. */
	@Transactional(noRollbackFor = WrongCode.class)
	void verify(UUID userId, String code, String clientAddress) {
		SignInThrottle.Attempt attempt = this.throttle.beginSecondFactor(userId, clientAddress);
		Instant now = this.clock.instant();
		boolean accepted;
		if (RecoveryCodes.looksLikeOne(code)) {
			accepted = this.factors.useRecoveryCode(userId, RecoveryCodes.hash(code), now);
			if (accepted) {
				log.info("Support account {} signed in with a recovery code; {} left", userId,
						this.factors.unusedRecoveryCodes(userId));
			}
		}
		else {
			OptionalLong step = this.factors.find(userId)
				.filter(Enrolment::confirmed)
				.map((enrolment) -> Totp.matchingStep(enrolment.secret(), code, now))
				.orElse(OptionalLong.empty());
			accepted = step.isPresent() && this.factors.useStep(userId, step.getAsLong());
		}
		if (!accepted) {
			this.throttle.failed(attempt);
			throw new WrongCode();
		}
		this.throttle.succeeded(attempt);
	}

	int unusedRecoveryCodes(UUID userId) {
		return this.factors.unusedRecoveryCodes(userId);
	}

	IssuedToken session(Staff staff) {
		return this.tokens.support(staff.id(), staff.email(), staff.name());
	}

	/** Secrets sealed with an encryption key rotated out of first place are re-sealed. */
	@EventListener(ApplicationReadyEvent.class)
	void resealStoredSecrets() {
		int resealed = this.factors.reseal();
		if (resealed > 0) {
			log.info("Sealed {} second-factor secret(s) with the current encryption key", resealed);
		}
	}

}
