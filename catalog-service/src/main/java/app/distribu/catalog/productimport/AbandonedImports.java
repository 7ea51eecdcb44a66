package app.distribu.catalog.productimport;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A job's file and queue live in one replica; when that replica stops, its jobs would
 * show "Importing…" for ever. Any replica fails them once they stop moving.
 */
@Component
class AbandonedImports {

	static final Duration SILENCE = Duration.ofMinutes(10);

	static final Duration QUEUE_WAIT = Duration.ofHours(1);

	static final String REASON = "The import was interrupted (the service restarted). The rows counted above were "
			+ "saved; import the file again in upsert mode to finish it.";

	private static final Logger log = LoggerFactory.getLogger(AbandonedImports.class);

	private final ImportJobRepository jobs;

	AbandonedImports(ImportJobRepository jobs) {
		this.jobs = jobs;
	}

	@Scheduled(fixedDelay = 60_000, initialDelay = 60_000)
	void failAbandoned() {
		OffsetDateTime now = OffsetDateTime.now();
		int failed = this.jobs.failAbandoned(now.minus(SILENCE), now.minus(QUEUE_WAIT), REASON);
		if (failed > 0) {
			log.warn("Marked {} abandoned product imports as failed", failed);
		}
	}

}
