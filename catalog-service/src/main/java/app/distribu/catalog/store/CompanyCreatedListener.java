package app.distribu.catalog.store;

import tools.jackson.databind.JsonNode;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import app.distribu.platform.events.IdempotentConsumer;

/** Keeps the store read model in step with identity's companies. */
@Component
class CompanyCreatedListener {

	private final IdempotentConsumer consumer;

	private final StoreRepository stores;

	CompanyCreatedListener(IdempotentConsumer consumer, StoreRepository stores) {
		this.consumer = consumer;
		this.stores = stores;
	}

	@KafkaListener(topics = "identity.events")
	void on(String payload) {
		this.consumer.handle("catalog-stores", payload, (event) -> {
			// company.updated (a renamed store) carries the same fields; both upsert.
			if (!"company.created".equals(event.type()) && !"company.updated".equals(event.type())) {
				return;
			}
			JsonNode data = event.data();
			String currency = data.path("currency").asString(Store.DEFAULT_CURRENCY);
			this.stores.save(new Store(event.companyId(), data.path("slug").asString(), data.path("name").asString(),
					currency.isBlank() ? Store.DEFAULT_CURRENCY : currency));
		});
	}

}
