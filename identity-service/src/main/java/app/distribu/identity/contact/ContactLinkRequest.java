package app.distribu.identity.contact;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /internal/contact-links}. The store's slug and name come from
 * identity's own company row, not from the caller.
 */
record ContactLinkRequest(@NotNull UUID companyId, @NotNull UUID contactId, @NotNull UUID customerId,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String name,
		@NotNull LinkPurpose purpose) {

}
