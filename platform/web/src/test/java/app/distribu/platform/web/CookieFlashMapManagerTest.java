package app.distribu.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;

import app.distribu.platform.secrets.EncryptionKeys;
import app.distribu.platform.secrets.SecretBox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Flash attributes survive a redirect in a sealed cookie: shown once on the page they
 * were meant for with their types, unreadable to the browser, and a forged or foreign
 * cookie is ignored.
 */
class CookieFlashMapManagerTest {

	final SecretBox box = new SecretBox(EncryptionKeys.parse(EncryptionKeys.DEVELOPMENT));

	final CookieFlashMapManager flash = new CookieFlashMapManager(this.box);

	record Invite(String email, String url) {
	}

	@Test
	void aFlashIsShownOnceOnItsTargetPageAndIsSealedOnTheWay() {
		List<Invite> invites = List.of(new Invite("bruno@deli.example", "https://x.example/signin/secret-token"));
		String cookie = redirectWith(Map.of("notice", "Invite sent.", "invites", invites, "errors",
				List.of("Line 2: unknown SKU"), "added", 3));
		assertThat(cookie).doesNotContain("secret-token", "bruno");

		MockHttpServletRequest elsewhere = get("/dashboard/orders", cookie);
		MockHttpServletResponse untouched = new MockHttpServletResponse();
		assertThat((Object) this.flash.retrieveAndUpdate(elsewhere, untouched)).isNull();
		assertThat(untouched.getHeaders("Set-Cookie")).as("kept for its page").isEmpty();

		MockHttpServletResponse shown = new MockHttpServletResponse();
		Map<String, Object> attributes = this.flash.retrieveAndUpdate(get("/dashboard/customers/c-1", cookie), shown);
		assertThat(attributes).containsEntry("notice", "Invite sent.")
			.containsEntry("invites", invites)
			.containsEntry("errors", List.of("Line 2: unknown SKU"))
			.containsEntry("added", 3);
		assertThat(shown.getHeader("Set-Cookie")).as("used up")
			.startsWith(CookieFlashMapManager.COOKIE + "=;")
			.contains("Max-Age=0");
	}

	@Test
	void aForgedOrForeignCookieShowsNothing() {
		String foreign = new SecretBox(EncryptionKeys.parse("other:" + "A".repeat(43) + "=")).seal("[]");
		for (String cookie : List.of("enc:v1:dev:bm90IHNlYWxlZA==", "plain text", foreign)) {
			MockHttpServletResponse response = new MockHttpServletResponse();
			assertThat((Object) this.flash.retrieveAndUpdate(get("/dashboard/customers/c-1", cookie), response))
				.isNull();
		}
	}

	@Test
	void valuesWithoutAStableShapeAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> redirectWith(Map.of("form", Map.of("name", "x"))));
	}

	private String redirectWith(Map<String, Object> attributes) {
		FlashMap map = new FlashMap();
		map.putAll(attributes);
		map.setTargetRequestPath("/dashboard/customers/c-1");
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/dashboard/customers/c-1/approve");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.flash.saveOutputFlashMap(map, post, response);
		String header = response.getHeader("Set-Cookie");
		assertThat(header).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=120");
		return header.substring(CookieFlashMapManager.COOKIE.length() + 1, header.indexOf(';'));
	}

	private static MockHttpServletRequest get(String path, String cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setCookies(new Cookie(CookieFlashMapManager.COOKIE, cookie));
		return request;
	}

}
