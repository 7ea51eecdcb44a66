package app.distribu.webhook;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import app.distribu.platform.security.Role;
import app.distribu.platform.test.ServiceTest;
import app.distribu.platform.test.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

@ServiceTest
@TestPropertySource(properties = "distribu.webhooks.allow-private-targets=true")
class WebhookApiTest {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void api() {
		this.api = new Api(this.port);
	}

	@Test
	void createsListsAndDeletesAWebhookShowingTheSecretOnlyOnce() {
		String token = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");

		ResponseEntity<JsonNode> created = this.api.create(token,
				Map.of("url", "https://partner.example/hooks", "events", List.of("order.created", "order.cancelled")));

		assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode webhook = created.getBody();
		assertThat(webhook.path("secret").asString()).startsWith("whsec_").hasSizeGreaterThan(40);
		assertThat(webhook.path("url").asString()).isEqualTo("https://partner.example/hooks");
		assertThat(webhook.path("active").asBoolean()).isTrue();
		assertThat(webhook.path("createdAt").asString()).isNotBlank();
		assertThat(webhook.path("events")).extracting(JsonNode::asString)
			.containsExactly("order.created", "order.cancelled");

		JsonNode listed = this.api.list(token).getBody().path("data");
		assertThat(listed).hasSize(1);
		assertThat(listed.get(0).path("id").asString()).isEqualTo(webhook.path("id").asString());
		assertThat(listed.get(0).has("secret")).isFalse();

		assertThat(this.api.delete(token, webhook.path("id").asString()).getStatusCode())
			.isEqualTo(HttpStatus.NO_CONTENT);
		assertThat(this.api.list(token).getBody().path("data")).isEmpty();
	}

	@Test
	void refusesAnUnknownEventTypeAndAMissingScope() {
		UUID company = UUID.randomUUID();

		ResponseEntity<JsonNode> unknown = this.api.create(TestTokens.apiKey(company, "webhooks:write"),
				Map.of("url", "https://partner.example/hooks", "events", List.of("order.deleted")));
		ResponseEntity<JsonNode> noScope = this.api.create(TestTokens.apiKey(company, "webhooks:read"),
				Map.of("url", "https://partner.example/hooks", "events", List.of("order.created")));

		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(unknown.getBody().path("errors").path("events[0]").asString()).startsWith("Unknown event type");
		assertThat(noScope.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(noScope.getBody().path("detail").asString()).contains("webhooks:write");
	}

	@Test
	void anotherCompanyCanNeitherListNorDeleteTheWebhook() {
		String tokenA = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");
		String tokenB = TestTokens.apiKey(UUID.randomUUID(), "webhooks:read", "webhooks:write");
		String id = this.api
			.create(tokenA, Map.of("url", "https://partner.example/a", "events", List.of("customer.created")))
			.getBody()
			.path("id")
			.asString();

		assertThat(this.api.list(tokenB).getBody().path("data")).isEmpty();
		assertThat(this.api.delete(tokenB, id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(this.api.list(tokenA).getBody().path("data")).hasSize(1);
	}

	@Test
	void settingsPageIsForOwnersAndAdminsOnly() {
		UUID company = UUID.randomUUID();
		this.api.create(TestTokens.apiKey(company, "webhooks:write"),
				Map.of("url", "https://partner.example/page", "events", List.of("order.created")));

		ResponseEntity<String> admin = this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.ADMIN));
		ResponseEntity<String> member = this.api.page(TestTokens.user(company, UUID.randomUUID(), Role.MEMBER));

		assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(admin.getBody()).contains("https://partner.example/page", "Active", "No deliveries yet.");
		assertThat(member.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

}
