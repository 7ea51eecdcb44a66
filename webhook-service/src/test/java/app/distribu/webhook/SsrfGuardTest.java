package app.distribu.webhook;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@TestPropertySource(properties = "distribu.webhooks.allow-private-targets=false")
class SsrfGuardTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
			"http://192.168.0.10/hook", "http://172.16.5.4/hook", "http://169.254.169.254/latest/meta-data",
			"http://0.0.0.0/hook", "http://[::1]/hook", "http://[fd00::1]/hook", "http://[fe80::1]/hook",
			"http://224.0.0.1/hook" })
	void refusesTargetsInsidePrivateNetworks(String url) {
		ResponseEntity<JsonNode> refused = create(url);

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().path("detail").asString())
			.contains("resolves to a private or local network address");
	}

	@Test
	void refusesSchemesOtherThanHttp() {
		ResponseEntity<JsonNode> refused = create("ftp://partner.example/hook");

		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(refused.getBody().path("detail").asString())
			.isEqualTo("The webhook URL must start with http:// or https://.");
	}

	@Test
	void acceptsAPublicAddress() {
		assertThat(create("https://93.184.215.14/hook").getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private ResponseEntity<JsonNode> create(String url) {
		return new Api(this.port).create(TestTokens.apiKey(UUID.randomUUID(), "webhooks:write"),
				Map.of("url", url, "events", List.of("order.created")));
	}

}
