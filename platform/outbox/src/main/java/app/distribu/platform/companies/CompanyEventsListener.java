package app.distribu.platform.companies;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;

import app.distribu.platform.events.IdempotentConsumer;

/** Reads identity's company events into the service's {@link CompanyReadModel}. */
class CompanyEventsListener {

	private final IdempotentConsumer consumer;

	private final CompanyReadModel model;

	CompanyEventsListener(IdempotentConsumer consumer, CompanyReadModel model) {
		this.consumer = consumer;
		this.model = model;
	}

	@KafkaListener(topics = "identity.events")
	void on(String payload) {
		this.consumer.handle(this.model.consumerName(), payload, (event) -> {
			if (!"company.created".equals(event.type()) && !"company.updated".equals(event.type())) {
				return;
			}
			JsonNode data = event.data();
			String currency = data.path("currency").asString("");
			this.model.save(new CompanyProfile(event.companyId(), data.path("slug").asString(),
					data.path("name").asString(), currency.isBlank() ? CompanyProfile.DEFAULT_CURRENCY : currency));
		});
	}

}
