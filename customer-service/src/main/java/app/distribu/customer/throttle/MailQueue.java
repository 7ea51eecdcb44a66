package app.distribu.customer.throttle;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Mail that visitors' requests trigger, sent in the background by a few workers so the
 * page answers at once and the same for every address. The queue is bounded: under a
 * flood the overflow is dropped (counted, logged without addresses) instead of piling up
 * in memory and delaying everybody's mail by hours.
 */
@Component
@EnableConfigurationProperties(ThrottleProperties.class)
public class MailQueue {

	static final int WORKERS = 4;

	private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

	private final ThreadPoolExecutor workers;

	private final Counter dropped;

	@Autowired
	MailQueue(ThrottleProperties limits, MeterRegistry meters) {
		this(WORKERS, limits.mailQueue(), meters);
	}

	MailQueue(int workers, int capacity, MeterRegistry meters) {
		this.dropped = meters.counter("distribu.storefront.mail.dropped");
		this.workers = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
				new ArrayBlockingQueue<>(capacity), (task, executor) -> {
					this.dropped.increment();
					log.warn("The storefront mail queue is full; a mail was dropped");
				});
	}

	/** Queues the mail; when the queue is full it is dropped. */
	public void send(Runnable mail) {
		this.workers.execute(mail);
	}

	long dropped() {
		return (long) this.dropped.count();
	}

	@PreDestroy
	void stop() {
		this.workers.shutdown();
	}

}
