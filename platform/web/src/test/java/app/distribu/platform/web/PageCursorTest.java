package app.distribu.platform.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCursorTest {

	@Test
	void decodesWhatItEncoded() {
		PageCursor cursor = new PageCursor(OffsetDateTime.parse("2025-03-10T12:00:00.123456Z"), UUID.randomUUID());

		String token = cursor.encode();

		assertThat(token).matches("[A-Za-z0-9_-]+");
		assertThat(PageCursor.decode(token)).isEqualTo(cursor);
	}

	@Test
	void noCursorMeansTheFirstPage() {
		assertThat(PageCursor.decode(null)).isNull();
		assertThat(PageCursor.decode(" ")).isNull();
	}

	@Test
	void refusesACursorItDidNotHandOutWith400() {
		String noSeparator = base64("2025-03-10T12:00:00Z");
		String badTime = base64("yesterday|" + UUID.randomUUID());
		String badId = base64("2025-03-10T12:00:00Z|42");

		for (String token : new String[] { "garbage", "not base64!", noSeparator, badTime, badId }) {
			assertThatThrownBy(() -> PageCursor.decode(token)).isInstanceOfSatisfying(BadCursor.class, (problem) -> {
				assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
				assertThat(problem.getMessage()).isEqualTo("The cursor is not one this API returned.");
			});
		}
	}

	private static String base64(String raw) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
	}

}
