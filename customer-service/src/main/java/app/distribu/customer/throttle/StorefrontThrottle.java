package app.distribu.customer.throttle;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the storefront requests that make us send mail, per email address, per store and
 * per client address, and says whether this one is still within every limit. Each request
 * counts whether or not it is allowed, so a flood stays refused until its hour is over;
 * the caller answers the same either way, so a refusal tells an attacker nothing.
 */
@Component
@EnableConfigurationProperties(ThrottleProperties.class)
public class StorefrontThrottle {

	static final String ADDRESS = "address";

	static final String STORE = "store";

	static final String CLIENT = "client";

	private static final Logger log = LoggerFactory.getLogger(StorefrontThrottle.class);

	private final RequestWindowRepository windows;

	private final ThrottleProperties limits;

	private final MeterRegistry meters;

	StorefrontThrottle(RequestWindowRepository windows, ThrottleProperties limits, MeterRegistry meters) {
		this.windows = windows;
		this.limits = limits;
		this.meters = meters;
	}

	/**
	 * Counts the request (committed at once, even when the caller's transaction rolls
	 * back); true while the address, the store and the client are all within their
	 * limits.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean allow(UUID companyId, String email, String clientAddress) {
		Map<String, String> subjects = new LinkedHashMap<>();
		subjects.put(ADDRESS, email.trim().toLowerCase(Locale.ROOT));
		subjects.put(STORE, companyId.toString());
		subjects.put(CLIENT, clientAddress);
		Map<String, Integer> counts = this.windows.count(subjects);
		String over = over(counts, ADDRESS, this.limits.perAddress());
		over = (over != null) ? over : over(counts, STORE, this.limits.perStore());
		over = (over != null) ? over : over(counts, CLIENT, this.limits.perClient());
		if (over == null) {
			return true;
		}
		// Neither the address nor the client goes into the log.
		log.warn("A storefront request at store {} was over the hourly limit per {}", companyId, over);
		this.meters.counter("distribu.storefront.requests.refused", "limit", over).increment();
		return false;
	}

	@Scheduled(fixedDelay = 600_000, initialDelay = 60_000)
	void purge() {
		this.windows.purgeOlderThan(Duration.ofHours(2));
	}

	private static String over(Map<String, Integer> counts, String scope, int limit) {
		return (counts.getOrDefault(scope, 0) > limit) ? scope : null;
	}

}
