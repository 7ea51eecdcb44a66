package app.distribu.order.storefront;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A delivery address typed at checkout, checked here with the same limits
 * customer-service keeps, so the buyer reads what to fix next to the field.
 */
record NewAddress(String line1, String line2, String postalCode, String city, String country) {

	static final NewAddress EMPTY = new NewAddress("", "", "", "", "");

	static NewAddress of(String line1, String line2, String postalCode, String city, String country) {
		return new NewAddress(strip(line1), strip(line2), strip(postalCode), strip(city), strip(country));
	}

	/** Field → message, empty when the address can be saved. */
	Map<String, String> problems() {
		Map<String, String> problems = new LinkedHashMap<>();
		check(problems, "line1", this.line1, 200, "Enter the street and number.");
		if (this.line2.length() > 200) {
			problems.put("line2", "Use at most 200 characters.");
		}
		check(problems, "postalCode", this.postalCode, 20, "Enter the postal code.");
		check(problems, "city", this.city, 100, "Enter the city.");
		check(problems, "country", this.country, 100, "Enter the country.");
		return problems;
	}

	Map<String, Object> toRequest() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "SHIPPING");
		body.put("line1", this.line1);
		body.put("line2", this.line2.isEmpty() ? null : this.line2);
		body.put("postalCode", this.postalCode);
		body.put("city", this.city);
		body.put("country", this.country);
		return body;
	}

	private static void check(Map<String, String> problems, String field, String value, int max, String missing) {
		if (value.isEmpty()) {
			problems.put(field, missing);
		}
		else if (value.length() > max) {
			problems.put(field, "Use at most " + max + " characters.");
		}
	}

	private static String strip(String value) {
		return (value == null) ? "" : value.strip();
	}

}
