package app.distribu.identity.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record SignupForm(
		@NotBlank(message = "Enter your company's name.") @Size(max = 120,
				message = "Use at most 120 characters.") String companyName,
		@NotBlank(message = "Choose a storefront address.") @Pattern(regexp = "[A-Za-z0-9-]{3,63}",
				message = "Use 3 to 63 letters, digits or hyphens, without spaces.") String slug,
		@NotBlank(message = "Enter your name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
		@NotBlank(message = "Enter your email address.") @Email(message = "Enter a valid email address.") @Size(
				max = 254, message = "Use at most 254 characters.") String email,
		@NotBlank(message = "Choose a password.") @Size(min = 10, max = 200,
				message = "Use at least 10 characters.") String password) {

	static SignupForm empty() {
		return new SignupForm("", "", "", "", "");
	}

	String normalizedEmail() {
		return this.email.trim();
	}

}
