package app.distribu.gateway.edge;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignInBucketsTest {

	static final Instant NOW = Instant.parse("2026-12-04T00:00:00Z");

	@Test
	void anAddressGetsItsBurstThenItsRate() {
		SignInBuckets buckets = new SignInBuckets(3, 2);
		for (int i = 0; i < 3; i++) {
			assertThat(buckets.take("203.0.113.7", NOW)).isNull();
		}
		assertThat(buckets.take("203.0.113.7", NOW)).isEqualTo(Duration.ofMillis(500));
		assertThat(buckets.take("198.51.100.9", NOW)).as("another address has its own bucket").isNull();
		assertThat(buckets.take("203.0.113.7", NOW.plusMillis(499))).isNotNull();
		assertThat(buckets.take("203.0.113.7", NOW.plusMillis(500))).isNull();
		assertThat(buckets.take("203.0.113.7", NOW.plusMillis(500))).isNotNull();
	}

	@Test
	void refusedAttemptsDoNotPostponeTheNextAllowedOne() {
		SignInBuckets buckets = new SignInBuckets(1, 1);
		assertThat(buckets.take("203.0.113.7", NOW)).isNull();
		for (int i = 1; i < 10; i++) {
			assertThat(buckets.take("203.0.113.7", NOW.plusMillis(i * 100))).isNotNull();
		}
		assertThat(buckets.take("203.0.113.7", NOW.plusSeconds(1))).isNull();
	}

	@Test
	void theMapStaysBoundedAndForgetsAddressesThatAreFullAgain() {
		SignInBuckets buckets = new SignInBuckets(2, 1);
		for (int i = 0; i < SignInBuckets.MAX_ADDRESSES; i++) {
			buckets.take("10.0." + (i / 250) + "." + (i % 250), NOW);
		}
		assertThat(buckets.tracked()).isEqualTo(SignInBuckets.MAX_ADDRESSES);
		assertThat(buckets.take("203.0.113.7", NOW)).as("beyond the bound: let through, not tracked").isNull();
		assertThat(buckets.tracked()).isEqualTo(SignInBuckets.MAX_ADDRESSES);

		assertThat(buckets.take("203.0.113.7", NOW.plusSeconds(5))).isNull();
		assertThat(buckets.tracked()).as("full buckets forgotten, the new address tracked").isEqualTo(1);
	}

}
