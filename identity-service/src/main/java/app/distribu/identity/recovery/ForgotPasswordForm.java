package app.distribu.identity.recovery;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ForgotPasswordForm(
		@NotBlank(message = "Enter your email address.") @Email(message = "Enter a valid email address.") @Size(
				max = 254, message = "Use at most 254 characters.") String email) {

	static ForgotPasswordForm empty() {
		return new ForgotPasswordForm("");
	}

}
