package app.distribu.webhook.endpoint;

import java.util.List;

/** The event types a webhook can subscribe to. */
public final class EventTypes {

	public static final List<String> ALL = List.of("order.created", "order.status_changed", "order.cancelled",
			"product.low_stock", "customer.created");

	/** For Bean Validation of each requested type. */
	static final String PATTERN = "order\\.created|order\\.status_changed|order\\.cancelled|product\\.low_stock|customer\\.created";

	private EventTypes() {
	}

}
