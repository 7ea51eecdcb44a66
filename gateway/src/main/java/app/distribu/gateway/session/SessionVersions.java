package app.distribu.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * This replica's knowledge of each session subject's current version: learnt from
 * identity (again after {@link SessionProperties#refresh()}) and raised at once by
 * {@code session.revoked}. Versions only grow. While identity cannot be reached the last
 * known version stands; a subject never seen cannot be checked, and its request is
 * refused rather than let through unchecked.
 */
@Component
class SessionVersions {

	private static final Logger log = LoggerFactory.getLogger(SessionVersions.class);

	/** A little longer than any session lives. */
	private static final Duration FORGET_AFTER = Duration.ofHours(9);

	private final Cache<UUID, Known> known = Caffeine.newBuilder()
		.maximumSize(500_000)
		.expireAfterAccess(FORGET_AFTER)
		.build();

	private final IdentitySessions identity;

	private final Duration refresh;

	private final Clock clock;

	SessionVersions(IdentitySessions identity, SessionProperties properties, Clock clock) {
		this.identity = identity;
		this.refresh = properties.refresh();
		this.clock = clock;
	}

	/**
	 * The subject's current version; {@link IdentityUnavailable} if it cannot be known.
	 */
	Mono<Integer> current(UUID subject) {
		Known cached = this.known.getIfPresent(subject);
		Instant now = this.clock.instant();
		if (cached != null && cached.checkedAt().plus(this.refresh).isAfter(now)) {
			return Mono.just(cached.version());
		}
		return this.identity.version(subject).map((version) -> remember(subject, version, now)).onErrorResume((ex) -> {
			if (cached != null) {
				log.warn("Could not refresh the session version of {} ({}); using the last known", subject,
						ex.getClass().getSimpleName());
				return Mono.just(cached.version());
			}
			return Mono.error(new IdentityUnavailable(ex));
		});
	}

	/** {@code session.revoked}: sessions of the subject below {@code version} end now. */
	void revoked(UUID subject, int version) {
		remember(subject, version, this.clock.instant());
	}

	private int remember(UUID subject, int version, Instant at) {
		return this.known.asMap()
			.merge(subject, new Known(version, at),
					(old, fresh) -> new Known(Math.max(old.version(), fresh.version()), fresh.checkedAt()))
			.version();
	}

	private record Known(int version, Instant checkedAt) {

	}

	static class IdentityUnavailable extends RuntimeException {

		IdentityUnavailable(Throwable cause) {
			super("identity did not answer a session version: " + cause.getClass().getSimpleName(), cause);
		}

	}

}
