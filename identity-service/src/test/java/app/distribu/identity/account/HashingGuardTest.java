package app.distribu.identity.account;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HashingGuardTest {

	@Test
	void refusesWhenEveryPermitStaysTakenAndServesAgainOnceOneIsFree() throws Exception {
		HashingGuard guard = new HashingGuard(2, Duration.ofMillis(50));
		CountDownLatch holding = new CountDownLatch(2);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<?>[] hogs = new CompletableFuture<?>[2];
		for (int i = 0; i < hogs.length; i++) {
			hogs[i] = CompletableFuture.runAsync(() -> guard.run(() -> {
				holding.countDown();
				try {
					release.await();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				return null;
			}));
		}
		holding.await();

		assertThatExceptionOfType(HashingBusy.class).isThrownBy(() -> guard.run(() -> "hash"))
			.withMessage("We're busy, please try again in a moment.")
			.satisfies((busy) -> assertThat(busy.status().value()).isEqualTo(503));

		release.countDown();
		CompletableFuture.allOf(hogs).join();
		assertThat(guard.run(() -> "hash")).isEqualTo("hash");
	}

	@Test
	void releasesThePermitWhenHashingFails() {
		HashingGuard guard = new HashingGuard(1, Duration.ofMillis(50));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> guard.run(() -> {
			throw new IllegalStateException("boom");
		}));
		assertThat(guard.run(() -> "hash")).isEqualTo("hash");
	}

}
