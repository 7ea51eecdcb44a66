package app.distribu.platform.companies;

import tools.jackson.databind.JsonNode;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/** Reads identity's company events into the service's {@link Stores}. */
class CompanyEventsListener extends EventConsumer {

	private final Stores stores;

	CompanyEventsListener(String name, Stores stores) {
		super(name, "identity.events");
		this.stores = stores;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!"company.created".equals(event.type()) && !"company.updated".equals(event.type())) {
			return;
		}
		JsonNode data = event.data();
		String currency = data.path("currency").asString("");
		this.stores.save(new Store(event.companyId(), data.path("slug").asString(), data.path("name").asString(),
				currency.isBlank() ? Store.DEFAULT_CURRENCY : currency));
	}

}
