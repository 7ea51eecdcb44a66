package app.distribu.platform.contracts;

/**
 * One event type.
 *
 * @param type dotted name, e.g. {@code order.created}
 * @param topic the Kafka topic it travels on, or null when it never does
 * @param webhook whether webhooks can subscribe to it
 * @param summary one sentence for people
 */
public record EventContract(String type, String topic, boolean webhook, String summary) {

	/** Where its schema is on the classpath (and in the repository). */
	public String schemaPath() {
		return EventContracts.FOLDER + this.type + ".schema.json";
	}

	/** Where its example body is on the classpath. */
	public String examplePath() {
		return EventContracts.FOLDER + this.type + ".example.json";
	}

}
