package app.distribu.order.quote;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the line a refusal is about, so a page can show the message on that line. */
public final class Refusals {

	private Refusals() {
	}

	/**
	 * The SKU named in catalog's message ("Not enough stock for WDG-001: 3 available, 5
	 * requested."); the longest match wins so WDG-1 never claims WDG-10's message.
	 */
	public static Optional<String> skuIn(String message, Collection<String> skus) {
		if (message == null) {
			return Optional.empty();
		}
		return skus.stream()
			.filter((sku) -> Pattern.compile("(^|[\\s\"'(])" + Pattern.quote(sku) + "($|[\\s\"'):.,;])")
				.matcher(message)
				.find())
			.max(Comparator.comparingInt(String::length));
	}

}
