package app.distribu.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageLimitTest {

	@Test
	void defaultsToTwentyAndAcceptsOneToAHundred() {
		assertThat(PageLimit.of(null)).isEqualTo(20);
		assertThat(PageLimit.of(1)).isEqualTo(1);
		assertThat(PageLimit.of(100)).isEqualTo(100);
	}

	@Test
	void refusesZeroAndMoreThanAHundredAsABadRequest() {
		for (int outside : new int[] { 0, -5, 101 }) {
			assertThatThrownBy(() -> PageLimit.of(outside)).isInstanceOf(DomainProblem.class)
				.hasMessage("limit must be between 1 and 100.")
				.satisfies((problem) -> assertThat(((DomainProblem) problem).status().value()).isEqualTo(400));
		}
	}

}
