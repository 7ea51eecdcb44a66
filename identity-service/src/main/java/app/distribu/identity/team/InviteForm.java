package app.distribu.identity.team;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.distribu.platform.security.Role;

record InviteForm(
		@NotBlank(message = "Enter the email address to invite.") @Email(
				message = "Enter a valid email address.") @Size(max = 254,
						message = "Use at most 254 characters.") String email,
		@NotNull(message = "Choose a role.") Role role) {

	/** Addresses pasted from elsewhere often carry spaces; they are not part of it. */
	InviteForm {
		email = (email != null) ? email.trim() : null;
	}

	static InviteForm empty() {
		return new InviteForm("", Role.MEMBER);
	}

	String normalizedEmail() {
		return this.email.trim();
	}

}
