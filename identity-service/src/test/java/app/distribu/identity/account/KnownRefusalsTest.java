package app.distribu.identity.account;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownRefusalsTest {

	private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

	@Test
	void refusesAKeyOnlyUntilTheDatabasesWaitEnds() {
		KnownRefusals refusals = new KnownRefusals(10);
		refusals.remember("address:a", NOW.plusSeconds(60), NOW);
		refusals.remember("email:b", NOW.plusSeconds(120), NOW);

		assertThat(refusals.wait(List.of("address:a", "email:b"), NOW)).contains(Duration.ofSeconds(120));
		assertThat(refusals.wait(List.of("address:a", "email:c"), NOW.plusSeconds(59))).contains(Duration.ofSeconds(1));
		assertThat(refusals.wait(List.of("address:a", "email:c"), NOW.plusSeconds(60))).isEmpty();
		assertThat(refusals.wait(List.of("email:c"), NOW)).isEmpty();
	}

	@Test
	void aShorterLaterVerdictDoesNotShortenAKnownWait() {
		KnownRefusals refusals = new KnownRefusals(10);
		refusals.remember("address:a", NOW.plusSeconds(120), NOW);
		refusals.remember("address:a", NOW.plusSeconds(60), NOW);

		assertThat(refusals.wait(List.of("address:a"), NOW)).contains(Duration.ofSeconds(120));
	}

	@Test
	void staysWithinItsCapacityDroppingExpiredEntriesFirst() {
		KnownRefusals refusals = new KnownRefusals(2);
		refusals.remember("address:a", NOW.plusSeconds(10), NOW);
		refusals.remember("address:b", NOW.plusSeconds(60), NOW);
		refusals.remember("address:c", NOW.plusSeconds(60), NOW);
		assertThat(refusals.size()).isEqualTo(2);
		assertThat(refusals.wait(List.of("address:c"), NOW)).as("full of live refusals").isEmpty();

		refusals.remember("address:c", NOW.plusSeconds(60), NOW.plusSeconds(10));
		assertThat(refusals.size()).isEqualTo(2);
		assertThat(refusals.wait(List.of("address:c"), NOW.plusSeconds(10))).contains(Duration.ofSeconds(50));
		assertThat(refusals.wait(List.of("address:b"), NOW.plusSeconds(10))).contains(Duration.ofSeconds(50));
	}

	@Test
	void forgetsNothingItNeverLearned() {
		KnownRefusals refusals = new KnownRefusals(2);
		refusals.remember("address:a", NOW, NOW);
		assertThat(refusals.size()).isZero();
	}

}
