package app.distribu.identity.recovery;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record NewPasswordForm(@NotBlank(message = "Choose a password.") @Size(min = 10, max = 200,
		message = "Use at least 10 characters.") String password, String confirmation) {

	static NewPasswordForm empty() {
		return new NewPasswordForm("", "");
	}

	@AssertTrue(message = "The two passwords do not match.")
	boolean isConfirmed() {
		return this.password != null && this.password.equals(this.confirmation);
	}

}
