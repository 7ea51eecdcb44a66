package app.distribu.customer.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A shipping or billing address as entered (API body and dashboard form). */
public record AddressInput(
		@NotBlank(message = "Kind is required.") @Pattern(regexp = "SHIPPING|BILLING",
				message = "Kind must be SHIPPING or BILLING.") String kind,
		@NotBlank(message = "Address line 1 is required.") @Size(max = 200,
				message = "Address line 1 is at most 200 characters.") String line1,
		@Size(max = 200, message = "Address line 2 is at most 200 characters.") String line2,
		@NotBlank(message = "City is required.") @Size(max = 100,
				message = "City is at most 100 characters.") String city,
		@NotBlank(message = "Postal code is required.") @Size(max = 20,
				message = "Postal code is at most 20 characters.") String postalCode,
		@NotBlank(message = "Country is required.") @Size(max = 100,
				message = "Country is at most 100 characters.") String country,
		Boolean isDefault) {

	boolean makeDefault() {
		return Boolean.TRUE.equals(this.isDefault);
	}

}
