package app.distribu.identity.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import io.micrometer.core.instrument.Metrics;

import org.springframework.stereotype.Component;

import app.distribu.identity.account.SignInCounterRepository.Counted;
import app.distribu.identity.account.SignInCounterRepository.Limit;

/**
 * Slows down password (and second-factor code) guessing. Attempts are counted per email
 * (whether or not an account has it, so refusals reveal nothing) and per client address;
 * a count starts again after 15 quiet minutes. From the threshold on, each further
 * attempt waits a delay that doubles with every failure (1, 2, 4, 8 minutes, then 15),
 * counted from the latest failure.
 * <p>
 * An attempt is counted <em>before</em> the secret is checked, in the same statement that
 * decides whether it may go ahead, and taken back when it turns out right: a burst of
 * parallel guesses queues on the counter row and gets exactly the threshold's worth.
 * Refused attempts are not counted, so an attacker cannot extend someone's wait forever.
 * Once the database has refused a key, this instance refuses it from memory for the rest
 * of that wait ({@link KnownRefusals}): a flood stays off the database.
 */
@Component
public class SignInThrottle {

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int EMAIL_THRESHOLD = 5;

	/** Higher, since an office or a carrier NAT puts many people behind one address. */
	static final int ADDRESS_THRESHOLD = 20;

	static final Duration FIRST_DELAY = Duration.ofMinutes(1);

	/** Far more addresses and emails than one instance sees refused in 15 minutes. */
	static final int REMEMBERED_REFUSALS = 50_000;

	private final SignInCounterRepository counters;

	private final Clock clock;

	private final KnownRefusals refusals = new KnownRefusals(REMEMBERED_REFUSALS);

	SignInThrottle(SignInCounterRepository counters, Clock clock) {
		this.counters = counters;
		this.clock = clock;
	}

	/**
	 * Counts a password attempt, or refuses it with {@link TooManyAttempts} while the
	 * email or the address must wait.
	 */
	Attempt begin(String email, String clientAddress) {
		return begin(List.of(new Limit("email:" + email.trim().toLowerCase(Locale.ROOT), EMAIL_THRESHOLD),
				new Limit("address:" + clientAddress, ADDRESS_THRESHOLD)));
	}

	/** Counts a second-factor code for the user (and the address), as for passwords. */
	public Attempt beginSecondFactor(UUID userId, String clientAddress) {
		return begin(List.of(new Limit("second-factor:" + userId, EMAIL_THRESHOLD),
				new Limit("address:" + clientAddress, ADDRESS_THRESHOLD)));
	}

	private Attempt begin(List<Limit> limits) {
		Instant now = this.clock.instant();
		Optional<Duration> known = this.refusals.wait(limits.stream().map(Limit::key).toList(), now);
		if (known.isPresent()) {
			Metrics.counter("distribu.signin.refused", "where", "memory").increment();
			throw new TooManyAttempts(known.get());
		}
		List<Counted> counted = this.counters.take(limits, now, WINDOW, WINDOW);
		Duration wait = Duration.ZERO;
		for (Counted key : counted) {
			if (!key.allowed()) {
				Instant end = key.latest().plus(delayAfter(key.failures(), key.threshold()));
				this.refusals.remember(key.key(), end, now);
				Duration keyWait = Duration.between(now, end);
				wait = (keyWait.compareTo(wait) > 0) ? keyWait : wait;
			}
		}
		Attempt attempt = new Attempt(limits.get(0).key(),
				counted.stream().filter(Counted::allowed).map(Counted::key).toList());
		if (counted.stream().anyMatch((key) -> !key.allowed())) {
			this.counters.refund(attempt.counted());
			Metrics.counter("distribu.signin.refused", "where", "database").increment();
			throw new TooManyAttempts(wait);
		}
		return attempt;
	}

	/** The secret was wrong: the attempt stays counted. */
	public void failed(Attempt attempt) {
		this.counters.purgeBefore(this.clock.instant().minus(WINDOW));
	}

	/** The secret was right: the account's count is cleared, the address's taken back. */
	public void succeeded(Attempt attempt) {
		this.counters.clear(attempt.account());
		this.counters.refund(attempt.counted().stream().filter((key) -> !key.equals(attempt.account())).toList());
	}

	/** Nothing was checked (the service was busy): the attempt is taken back. */
	public void abandoned(Attempt attempt) {
		this.counters.refund(attempt.counted());
	}

	static Duration delayAfter(int failures, int threshold) {
		if (failures < threshold) {
			return Duration.ZERO;
		}
		int doublings = Math.min(failures - threshold, 10);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return (delay.compareTo(WINDOW) > 0) ? WINDOW : delay;
	}

	/**
	 * One counted attempt: {@code account} is the email's (or user's) key,
	 * {@code counted} every key it was counted against.
	 */
	public record Attempt(String account, List<String> counted) {

	}

}
