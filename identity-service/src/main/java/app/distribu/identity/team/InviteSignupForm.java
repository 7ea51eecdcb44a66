package app.distribu.identity.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The account an invited person creates; the email comes from the invite. */
record InviteSignupForm(
		@NotBlank(message = "Enter your name.") @Size(max = 120, message = "Use at most 120 characters.") String name,
		@NotBlank(message = "Choose a password.") @Size(min = 10, max = 200,
				message = "Use at least 10 characters.") String password) {

	static InviteSignupForm empty() {
		return new InviteSignupForm("", "");
	}

}
