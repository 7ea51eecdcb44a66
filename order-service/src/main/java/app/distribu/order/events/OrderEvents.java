package app.distribu.order.events;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import app.distribu.platform.events.Outbox;

/**
 * Every order event goes out here, to Kafka through the outbox, in the transaction of the
 * change. Their shapes are pinned in platform/event-contracts.
 */
@Component
public class OrderEvents {

	static final String TOPIC = "order.events";

	private final Outbox outbox;

	OrderEvents(Outbox outbox) {
		this.outbox = outbox;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void publish(UUID companyId, String type, Object data) {
		this.outbox.publish(TOPIC, companyId, type, data);
	}

}
