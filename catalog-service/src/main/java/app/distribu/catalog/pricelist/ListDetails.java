package app.distribu.catalog.pricelist;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A list's own details, from the API ({@code POST}/{@code PUT /api/v1/price-lists}) and
 * the dashboard form. A higher priority wins when several lists price a product.
 */
record ListDetails(
		@NotBlank(message = "Name is required.") @Size(max = 100, message = "Name is at most 100 characters.") @Pattern(
				regexp = "[^\\p{Cntrl}]*", message = "Name can't contain control characters.") String name,
		@Min(value = -1000000, message = "Priority is a whole number from -1000000 to 1000000.") @Max(value = 1000000,
				message = "Priority is a whole number from -1000000 to 1000000.") Integer priority,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {

	static final ListDetails BLANK = new ListDetails("", 0, null, null);

	static ListDetails of(PriceList list) {
		return new ListDetails(list.name(), list.priority(), list.validFrom(), list.validUntil());
	}

	String trimmedName() {
		return this.name.trim();
	}

	int priorityOrDefault() {
		return (this.priority != null) ? this.priority : 0;
	}

}
