package app.distribu.catalog.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import app.distribu.catalog.Http;
import app.distribu.platform.test.ServiceTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The description the gateway merges into /api/v1/openapi.json. */
@ServiceTest
class ApiDescriptionTest {

	@LocalServerPort
	int port;

	@Test
	void describesOnlyThePublicApiWithTheKeySchemeAndProblemAnswers() {
		ResponseEntity<String> response = new Http(this.port).raw()
			.get()
			.uri("/internal/openapi")
			.retrieve()
			.toEntity(String.class);

		assertThat(response.getStatusCode().value()).as("served without a token").isEqualTo(200);
		JsonNode doc = JsonMapper.builder().build().readTree(response.getBody());
		assertThat(doc.path("paths").propertyNames()).isNotEmpty()
			.allMatch((path) -> path.startsWith("/api/v1/"), "only public API paths")
			.contains("/api/v1/products");
		assertThat(doc.path("components").path("securitySchemes").path("apiKey").path("scheme").asString())
			.isEqualTo("bearer");
		JsonNode list = doc.path("paths").path("/api/v1/products").path("get");
		assertThat(list.path("responses").path("401").path("content").has("application/problem+json")).isTrue();
		assertThat(list.path("responses").has("429")).isTrue();
		assertThat(list.path("security").get(0).has("apiKey")).isTrue();
	}

}
