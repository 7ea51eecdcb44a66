package app.distribu.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.distribu.identity.account.SignInFailureRepository.Failures;

/**
 * Slows down password guessing. Failures are counted over a 15-minute window per email
 * (whether or not an account has it, so refusals reveal nothing) and per client address.
 * From the threshold on, each further attempt waits a delay that doubles with every
 * failure (1, 2, 4, 8 minutes, then 15), counted from the latest failure. Refused
 * attempts are not counted: the password is not even checked, and an attacker cannot
 * extend a legitimate user's wait forever.
 */
@Component
class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int EMAIL_THRESHOLD = 5;

	/** Higher, since an office or a carrier NAT puts many people behind one address. */
	static final int ADDRESS_THRESHOLD = 20;

	static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	private final SignInFailureRepository failures;

	private final Clock clock;

	SignInThrottle(SignInFailureRepository failures, Clock clock) {
		this.failures = failures;
		this.clock = clock;
	}

	/** Refuses with {@link TooManyAttempts} while the email or the address must wait. */
	void check(String email, String clientAddress) {
		Instant now = this.clock.instant();
		Instant since = now.minus(WINDOW);
		Duration wait = longer(waitFor(this.failures.forEmail(key(email), since), EMAIL_THRESHOLD, now),
				waitFor(this.failures.forAddress(clientAddress, since), ADDRESS_THRESHOLD, now));
		if (!wait.isNegative() && !wait.isZero()) {
			throw new TooManyAttempts(wait);
		}
	}

	void failed(String email, String clientAddress) {
		Instant now = this.clock.instant();
		this.failures.insert(key(email), clientAddress, now);
		this.failures.purgeBefore(now.minus(WINDOW));
	}

	void succeeded(String email) {
		this.failures.clearEmail(key(email));
	}

	static Duration delayAfter(int failures, int threshold) {
		if (failures < threshold) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - threshold, 10);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return (delay.compareTo(WINDOW) > 0) ? WINDOW : delay;
	}

	private static Duration waitFor(Optional<Failures> failures, int threshold, Instant now) {
		return failures.map((found) -> Duration.between(now, found.latest().plus(delayAfter(found.count(), threshold))))
			.orElse(Duration.ZERO);
	}

	private static Duration longer(Duration one, Duration other) {
		return (one.compareTo(other) >= 0) ? one : other;
	}

	private static String key(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

}
