package app.distribu.platform.secrets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogRedactionTest {

	private static final String TOKEN = "Xk3vQ9pL2mN8rT5wY7zA1bC4dE6fG0hJ9kL3mN5pQ7r";

	@Test
	void tokensInLinksAreRedactedAndTheRestOfThePathStays() {
		assertThat(LogRedaction.redact("GET /reset-password/" + TOKEN + " -> 200 OK in 3 ms"))
			.isEqualTo("GET /reset-password/[redacted] -> 200 OK in 3 ms");
		assertThat(LogRedaction.redact("POST /invites/" + TOKEN + "/accept"))
			.isEqualTo("POST /invites/[redacted]/accept");
		assertThat(LogRedaction.redact("/store/acme-supplies/signin/" + TOKEN))
			.isEqualTo("/store/acme-supplies/signin/[redacted]");
		assertThat(LogRedaction.redact("/dashboard/settings/profile/email/confirm/" + TOKEN))
			.isEqualTo("/dashboard/settings/profile/email/confirm/[redacted]");
		assertThat(LogRedaction.redact("/login/sso/link/" + TOKEN)).isEqualTo("/login/sso/link/[redacted]");
		assertThat(LogRedaction.redact("http://localhost:8080/reset-password/" + TOKEN))
			.isEqualTo("http://localhost:8080/reset-password/[redacted]");
	}

	@Test
	void oauthParametersSessionCookiesAndBearerTokensAreRedacted() {
		assertThat(LogRedaction.redact("/login/oauth2/code/c1?state=abc123&code=xyz.987&iss=x"))
			.isEqualTo("/login/oauth2/code/c1?state=[redacted]&code=[redacted]&iss=x");
		assertThat(LogRedaction.redact("Cookie: XSRF-TOKEN=1; DISTRIBU_SESSION=eyJhbGciOi.eyJzdWIi.c2ln; a=b"))
			.isEqualTo("Cookie: XSRF-TOKEN=1; DISTRIBU_SESSION=[redacted]; a=b");
		assertThat(LogRedaction.redact("Authorization: Bearer dk_" + TOKEN))
			.isEqualTo("Authorization: Bearer [redacted]");
	}

	@Test
	void ordinaryTextIsLeftAlone() {
		String line = "GET /dashboard/orders/5f0c3c1e-8d1a-4c55-9a53-1f7a3c9b2e10 -> 200 OK in 12 ms";
		assertThat(LogRedaction.redact(line)).isSameAs(line).isEqualTo(line);
		assertThat(LogRedaction.redact("/invites/short")).isEqualTo("/invites/short");
		assertThat(LogRedaction.redact(null)).isNull();
	}

}
