package app.distribu.catalog.product;

import java.util.Arrays;

import org.springframework.http.HttpStatus;

import app.distribu.platform.web.DomainProblem;

/**
 * The inventory's stock filter ({@code stock=low|out}): at or below the product's
 * low-stock threshold (which includes none left), or none left at all.
 */
enum StockLevel {

	LOW("low", "Low stock"), OUT("out", "Out of stock");

	private final String param;

	private final String label;

	StockLevel(String param, String label) {
		this.param = param;
		this.label = label;
	}

	public String param() {
		return this.param;
	}

	public String label() {
		return this.label;
	}

	/** Null for no filter; a value the page does not offer is refused, not guessed. */
	static StockLevel of(String param) {
		if (param == null || param.isBlank()) {
			return null;
		}
		return Arrays.stream(values())
			.filter((level) -> level.param.equals(param.strip()))
			.findFirst()
			.orElseThrow(() -> new UnknownStockLevel(param));
	}

	static class UnknownStockLevel extends DomainProblem {

		UnknownStockLevel(String param) {
			super(HttpStatus.BAD_REQUEST, "Unknown stock filter",
					"\"" + param + "\" is not a stock filter. Use stock=low (at or below the low-stock threshold) "
							+ "or stock=out (none left), or leave it out.");
		}

	}

}
