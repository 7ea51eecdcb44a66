package app.distribu.identity.profile;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The three forms of the profile page. */
final class ProfileForms {

	private ProfileForms() {
	}

	record NameForm(@NotBlank(message = "Enter your name.") @Size(max = 120,
			message = "Use at most 120 characters.") String name) {

	}

	record PasswordForm(String currentPassword, @NotBlank(message = "Choose a password.") @Size(min = 10, max = 200,
			message = "Use at least 10 characters.") String password, String confirmation) {

		@AssertTrue(message = "The two passwords do not match.")
		boolean isConfirmed() {
			return this.password != null && this.password.equals(this.confirmation);
		}

	}

	record EmailForm(
			@NotBlank(message = "Enter the new email address.") @Email(message = "Enter a valid email address.") @Size(
					max = 254, message = "Use at most 254 characters.") String email,
			String emailPassword) {

	}

}
