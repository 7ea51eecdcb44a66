package app.distribu.identity.apikey;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

record NewApiKeyForm(
		@NotBlank(message = "Give the key a name, e.g. the integration that uses it.") @Size(max = 80,
				message = "Use at most 80 characters.") String name,
		@NotEmpty(message = "Choose at least one scope.") List<String> scopes) {

	static NewApiKeyForm empty() {
		return new NewApiKeyForm("", List.of());
	}

	@AssertTrue(message = "Choose scopes from the list.")
	boolean isKnownScopes() {
		return this.scopes == null || Scopes.ALL.containsAll(this.scopes);
	}

	/** In the canonical order, without repeats. */
	List<String> orderedScopes() {
		return Scopes.ALL.stream().filter(this.scopes::contains).toList();
	}

}
