package app.distribu.platform.events;

import java.util.List;

/**
 * What a service does with the events of some topics, each event applied at most once.
 * Extend it as a bean: the platform subscribes it ({@link EventConsumers}) with the
 * service's consumer group, error handling and dead letters, and runs {@link #apply} in
 * the transaction that records the event's id under {@link #name()}.
 */
public abstract class EventConsumer {

	private final String name;

	private final List<String> topics;

	/**
	 * @param name recorded with every event applied (never rename it: a new name applies
	 * the retained events again)
	 * @param topics the topics read
	 */
	protected EventConsumer(String name, String... topics) {
		this.name = name;
		this.topics = List.of(topics);
	}

	public final String name() {
		return this.name;
	}

	public final List<String> topics() {
		return this.topics;
	}

	/**
	 * Applies one event. An exception rolls the transaction back (the event is not
	 * recorded) and leaves it to the retries and dead letters of the error handling.
	 */
	protected abstract void apply(EventEnvelope event);

	final void receive(IdempotentConsumer once, String payload) {
		once.handle(this.name, payload, this::apply);
	}

}
