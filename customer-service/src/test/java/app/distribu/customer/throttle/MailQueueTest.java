package app.distribu.customer.throttle;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailQueueTest {

	@Test
	void aFullQueueDropsAndCountsInsteadOfGrowing() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		MailQueue queue = new MailQueue(1, 2, meters);
		CountDownLatch smtpStuck = new CountDownLatch(1);
		CountDownLatch started = new CountDownLatch(1);
		AtomicInteger sent = new AtomicInteger();
		try {
			queue.send(() -> {
				started.countDown();
				await(smtpStuck);
				sent.incrementAndGet();
			});
			assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
			for (int i = 0; i < 4; i++) {
				queue.send(sent::incrementAndGet);
			}

			assertThat(queue.dropped()).isEqualTo(2);
			assertThat(meters.counter("distribu.storefront.mail.dropped").count()).isEqualTo(2);
			smtpStuck.countDown();
			Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sent.get() == 3);
		}
		finally {
			queue.stop();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
