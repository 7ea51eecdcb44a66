package app.distribu.order.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import app.distribu.order.ordering.OrderSource;
import app.distribu.order.ordering.OrderStatus;

/**
 * What the Orders page and the export narrow the orders to; {@code null} means "any".
 * Dates are whole UTC days, both ends included.
 */
public record OrderFilter(OrderStatus status, OrderSource source, UUID customerId, LocalDate from, LocalDate to,
		String query) {

	/** Reads the query parameters; a value that is not understood is a readable 400. */
	public static OrderFilter parse(String status, String source, String customer, String from, String to,
			String query) {
		return new OrderFilter(enumOf(OrderStatus.class, "status", status), enumOf(OrderSource.class, "source", source),
				uuid(customer), date("from", from), date("to", to), blank(query) ? null : query.trim());
	}

	/** The filter as query parameters, for page links and the export button. */
	public Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		put(params, "status", this.status);
		put(params, "source", this.source);
		put(params, "customer", this.customerId);
		put(params, "from", this.from);
		put(params, "to", this.to);
		put(params, "q", this.query);
		return params;
	}

	public boolean isEmpty() {
		return params().isEmpty();
	}

	private static void put(Map<String, String> params, String name, Object value) {
		if (value != null) {
			params.put(name, value.toString());
		}
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String value) {
		if (blank(value)) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equalsIgnoreCase(value.trim()))
			.findFirst()
			.orElseThrow(() -> new BadFilter("Unknown " + name + " \"" + value + "\". Use one of "
					+ Arrays.toString(type.getEnumConstants()) + "."));
	}

	private static UUID uuid(String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return UUID.fromString(value.trim());
		}
		catch (IllegalArgumentException ex) {
			throw new BadFilter("Unknown customer \"" + value + "\".");
		}
	}

	private static LocalDate date(String name, String value) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new BadFilter("The \"" + name + "\" date \"" + value + "\" is not a date like 2025-03-31.");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
