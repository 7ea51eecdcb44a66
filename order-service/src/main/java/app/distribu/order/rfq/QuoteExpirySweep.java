package app.distribu.order.rfq;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks sent quotes past their last valid day EXPIRED (with history and
 * {@code quote.expired}). Safe on every replica at once: each batch takes the rows with
 * {@code FOR UPDATE SKIP LOCKED} and moves only those still SENT. Accepting checks the
 * day itself, so a quote is never accepted late while the sweep waits.
 */
@Component
class QuoteExpirySweep {

	private static final Logger log = LoggerFactory.getLogger(QuoteExpirySweep.class);

	static final int BATCH = 100;

	private final QuoteRequests quotes;

	QuoteExpirySweep(QuoteRequests quotes) {
		this.quotes = quotes;
	}

	@Scheduled(fixedDelayString = "${distribu.quotes.expiry-interval:10m}", initialDelayString = "PT30S")
	void sweep() {
		try {
			int total = 0;
			int expired;
			do {
				expired = this.quotes.expireDue(BATCH);
				total += expired;
			}
			while (expired == BATCH);
			if (total > 0) {
				QuoteRequestMeters.expired(total);
				log.info("{} quotes expired", total);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Quote expiry sweep failed; the next run tries again: {}", ex.getMessage());
		}
	}

}
