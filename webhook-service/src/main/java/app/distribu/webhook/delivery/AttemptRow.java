package app.distribu.webhook.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** One attempt of a delivery, as the card's accordion shows it. */
public record AttemptRow(int number, Instant startedAt, int durationMs, boolean succeeded, Integer responseStatus,
		String excerpt, List<Header> requestHeaders, Instant nextAttemptAt) {

	public String time() {
		return DeliveryRow.WHEN.format(this.startedAt);
	}

	public String code() {
		return (this.responseStatus != null) ? this.responseStatus.toString() : "—";
	}

	public String next() {
		return (this.nextAttemptAt != null) ? DeliveryRow.WHEN.format(this.nextAttemptAt) : null;
	}

	static List<Header> headers(JsonMapper json, String stored) {
		Map<String, String> map = json.readValue(stored, new TypeReference<Map<String, String>>() {
		});
		List<Header> headers = new ArrayList<>();
		map.forEach((name, value) -> headers.add(new Header(name, value)));
		return headers;
	}

	public record Header(String name, String value) {

	}

}
