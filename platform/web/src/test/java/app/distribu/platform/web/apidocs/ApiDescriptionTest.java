package app.distribu.platform.web.apidocs;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.distribu.platform.web.ListPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description a service serves at /internal/openapi, made from a small API of records
 * as the services write them.
 */
@SpringBootTest(classes = ApiDescriptionTest.ItemsApplication.class,
		webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiDescriptionTest {

	static JsonNode doc;

	@LocalServerPort
	int port;

	@BeforeAll
	static void reset() {
		doc = null;
	}

	JsonNode doc() throws Exception {
		if (doc == null) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + ApiDocumentation.PATH))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
			doc = JsonMapper.builder().build().readTree(response.body());
		}
		return doc;
	}

	JsonNode schema(String name) throws Exception {
		return doc().path("components").path("schemas").path(name);
	}

	@Test
	void everyComponentOfAnAnswerIsRequiredAndOnlyNullableOnesMayBeNull() throws Exception {
		JsonNode item = schema("Item");

		assertThat(item.path("required").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("id", "name",
				"note", "price", "discount", "active", "parent", "tags", "kind");
		assertThat(item.at("/properties/name/type").asString()).isEqualTo("string");
		assertThat(item.at("/properties/note/type").valueStream().map(JsonNode::asString)).containsExactly("string",
				"null");
		assertThat(item.at("/properties/parent/anyOf/0/$ref").asString()).isEqualTo("#/components/schemas/Item");
		assertThat(item.at("/properties/parent/anyOf/1/type").asString()).isEqualTo("null");
		assertThat(item.at("/properties/id/format").asString()).isEqualTo("uuid");
	}

	@Test
	void moneyIsADecimalStringWithTwoDecimals() throws Exception {
		JsonNode item = schema("Item");

		assertThat(item.at("/properties/price/type").asString()).isEqualTo("string");
		assertThat(item.at("/properties/price/format").asString()).isEqualTo("decimal");
		assertThat(item.at("/properties/price/pattern").asString()).isEqualTo(TruthfulSchemas.MONEY_PATTERN);
		assertThat(item.at("/properties/discount/type").valueStream().map(JsonNode::asString)).containsExactly("string",
				"null");
	}

	@Test
	void aStringNamingAnEnumListsItsValues() throws Exception {
		assertThat(schema("Item").at("/properties/kind/enum").valueStream().map(JsonNode::asString))
			.containsExactly("SMALL", "LARGE");
		assertThat(schema("NewItem").at("/properties/status/enum")).hasToString("[\"PENDING\",\"ACTIVE\",null]");
	}

	@Test
	void aComponentLeftOutWhenNullIsOptionalButNeverNull() throws Exception {
		JsonNode hook = schema("Hook");

		assertThat(hook.path("required").valueStream().map(JsonNode::asString)).containsExactly("id");
		assertThat(hook.at("/properties/secret/type").asString()).isEqualTo("string");
	}

	@Test
	void aRequestBodyRequiresWhatValidationRequiresAndTakesNullForTheRest() throws Exception {
		JsonNode body = schema("NewItem");

		assertThat(body.path("required").valueStream().map(JsonNode::asString)).containsExactly("name");
		assertThat(body.at("/properties/name/type").asString()).isEqualTo("string");
		assertThat(body.at("/properties/count/type").valueStream().map(JsonNode::asString)).containsExactly("integer",
				"null");
		assertThat(body.at("/properties/price/type").valueStream().map(JsonNode::asString)).as("Jackson reads both")
			.containsExactly("string", "number", "null");
		assertThat(body.at("/properties/price/pattern").asString()).isEqualTo(TruthfulSchemas.DECIMAL_INPUT_PATTERN);
	}

	@Test
	void theNextCursorOfAListMayBeNull() throws Exception {
		JsonNode page = schema("ListPageItem");

		assertThat(page.path("required").valueStream().map(JsonNode::asString)).containsExactlyInAnyOrder("data",
				"hasMore", "nextCursor");
		assertThat(page.at("/properties/nextCursor/type").valueStream().map(JsonNode::asString))
			.containsExactly("string", "null");
	}

	@Test
	void eachOperationListsTheProblemsItCanAnswer() throws Exception {
		JsonNode create = doc().at("/paths/~1api~1v1~1items/post");
		JsonNode list = doc().at("/paths/~1api~1v1~1items/get");
		JsonNode get = doc().at("/paths/~1api~1v1~1items~1{id}/get");
		JsonNode hooks = doc().at("/paths/~1api~1v1~1hooks/get");

		assertThat(create.path("responses").propertyNames()).containsExactly("201", "400", "401", "403", "409", "413",
				"429", "503");
		assertThat(list.path("responses").propertyNames()).containsExactly("200", "400", "401", "403", "429", "503");
		assertThat(get.path("responses").propertyNames()).containsExactly("200", "400", "401", "403", "404", "429",
				"503");
		assertThat(hooks.path("responses").propertyNames()).containsExactly("200", "401", "403", "429", "503");
		assertThat(create.at("/responses/409/content/application~1problem+json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/Problem");
		assertThat(create.at("/responses/201/content").propertyNames()).containsExactly("application/json");
		assertThat(schema("Problem").path("required").valueStream().map(JsonNode::asString)).containsExactly("title",
				"status");
	}

	@Test
	void operationIdsNameTheControllerAndTheMethod() throws Exception {
		assertThat(doc().at("/paths/~1api~1v1~1items/get/operationId").asString()).isEqualTo("itemList");
		assertThat(doc().at("/paths/~1api~1v1~1hooks/get/operationId").asString()).isEqualTo("hookList");
	}

	/** Nested in a test, so imported: component scanning leaves test classes out. */
	@SpringBootApplication
	@Import({ ItemApi.class, HookController.class })
	static class ItemsApplication {

	}

	enum Kind {

		SMALL, LARGE

	}

	record Item(UUID id, String name, @Nullable String note, @Money String price, @Money @Nullable String discount,
			boolean active, @Nullable Item parent, List<String> tags,
			@Schema(implementation = Kind.class) String kind) {

	}

	record NewItem(@NotBlank String name, @Pattern(regexp = "PENDING|ACTIVE") String status, Integer count,
			BigDecimal price) {

	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Hook(String id, @Nullable String secret) {

	}

	@RestController
	@RequestMapping("/api/v1/items")
	static class ItemApi {

		@GetMapping
		ListPage<Item> list(@RequestParam(required = false) Integer limit) {
			return new ListPage<>(List.of(), false, null);
		}

		@GetMapping("/{id}")
		Item get(@PathVariable UUID id) {
			return null;
		}

		@PostMapping
		@ResponseStatus(HttpStatus.CREATED)
		@ApiResponse(responseCode = "409", description = "An item of that name exists.")
		Item create(@Valid @RequestBody NewItem body) {
			return null;
		}

	}

	@RestController
	static class HookController {

		@GetMapping("/api/v1/hooks")
		List<Hook> list() {
			return List.of();
		}

	}

}
