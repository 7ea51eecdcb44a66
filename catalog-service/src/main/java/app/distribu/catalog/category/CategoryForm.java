package app.distribu.catalog.category;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record CategoryForm(@NotBlank(message = "Name is required.") @Size(max = 100,
		message = "Name is at most 100 characters.") String name) {

	String trimmed() {
		return this.name.trim();
	}

}
