package app.distribu.gateway.ratelimit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Past windows are never read again; every replica trims them (deleting twice is
 * harmless).
 */
@Component
class RateWindowPurge {

	private final RateWindowRepository windows;

	private final RateLimits limits;

	RateWindowPurge(RateWindowRepository windows, RateLimits limits) {
		this.windows = windows;
		this.limits = limits;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void purge() {
		this.limits.forgetPastLocalWindows();
		this.windows.purgeOlderThanMinutes(5);
	}

}
