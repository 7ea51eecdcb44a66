package app.distribu.platform.contracts;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class EventContractsTest {

	@Test
	void theWebhookTypesAreTheIndexsSubscribableOnesWithTheFiveOfTheSpecificationInTheirOrder() {
		assertThat(EventContracts.webhookTypes())
			.containsExactlyElementsOf(
					EventContracts.all().stream().filter(EventContract::webhook).map(EventContract::type).toList())
			.containsSubsequence("order.created", "order.status_changed", "order.cancelled", "product.low_stock",
					"customer.created")
			.doesNotContain("webhook.test", "webhook.disabled");
	}

	@Test
	void everyTypeHasASchemaAndAnExampleThatConformsToIt() {
		assertThat(EventContracts.all()).allSatisfy((contract) -> {
			assertThat(EventContracts.class.getClassLoader().getResource(contract.schemaPath())).isNotNull();
			assertThat(EventContracts.violations(EventContracts.example(contract.type()))).as(contract.type())
				.isEmpty();
		});
	}

	@Test
	void aBodyThatStraysFromItsSchemaIsReportedWithWhere() {
		ObjectNode body = (ObjectNode) EventContracts.example("order.status_changed").deepCopy();
		((ObjectNode) body.path("data")).put("to", "LOST");
		((ObjectNode) body.path("data")).put("extra", 1);
		body.put("createdAt", "yesterday");

		assertThat(EventContracts.violations(body)).hasSize(3)
			.anySatisfy((problem) -> assertThat(problem).startsWith("/data/to"))
			.anySatisfy((problem) -> assertThat(problem).contains("extra"))
			.anySatisfy((problem) -> assertThat(problem).startsWith("/createdAt"));
	}

	@Test
	void anUnknownTypeIsAViolation() {
		ObjectNode body = JsonMapper.builder().build().createObjectNode().put("type", "order.deleted");

		assertThat(EventContracts.violations(body)).containsExactly("Unknown event type 'order.deleted'.");
	}

	@Test
	void aKafkaEnvelopeBecomesTheBodyPartnersReceive() {
		ObjectNode envelope = (ObjectNode) EventContracts.example("customer.created").deepCopy();
		envelope.set("occurredAt", envelope.remove("createdAt"));
		envelope.put("schemaVersion", 1);

		assertThat(EventContracts.bodyOf(envelope)).isEqualTo(EventContracts.example("customer.created"));
	}

}
