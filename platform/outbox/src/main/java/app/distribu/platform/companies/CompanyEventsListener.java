package app.distribu.platform.companies;

import tools.jackson.databind.JsonNode;

import app.distribu.platform.events.EventConsumer;
import app.distribu.platform.events.EventEnvelope;

/** Reads identity's company events into the service's {@link CompanyReadModel}. */
class CompanyEventsListener extends EventConsumer {

	private final CompanyReadModel model;

	CompanyEventsListener(CompanyReadModel model) {
		super(model.consumerName(), "identity.events");
		this.model = model;
	}

	@Override
	protected void apply(EventEnvelope event) {
		if (!"company.created".equals(event.type()) && !"company.updated".equals(event.type())) {
			return;
		}
		JsonNode data = event.data();
		String currency = data.path("currency").asString("");
		this.model.save(new CompanyProfile(event.companyId(), data.path("slug").asString(),
				data.path("name").asString(), currency.isBlank() ? CompanyProfile.DEFAULT_CURRENCY : currency));
	}

}
