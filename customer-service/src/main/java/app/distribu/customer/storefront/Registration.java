package app.distribu.customer.storefront;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The storefront's registration form: the business and the person buying for it. */
record Registration(
		@NotBlank(message = "Business name is required.") @Size(max = 200,
				message = "Business name is at most 200 characters.") String businessName,
		@NotBlank(message = "Your name is required.") @Size(max = 200,
				message = "Your name is at most 200 characters.") String name,
		@NotBlank(message = "Email is required.") @Email(message = "Enter a valid email address.") @Size(max = 254,
				message = "Email is at most 254 characters.") String email,
		@Size(max = 40, message = "Phone is at most 40 characters.") String phone) {

	static Registration empty() {
		return new Registration("", "", "", "");
	}

}
