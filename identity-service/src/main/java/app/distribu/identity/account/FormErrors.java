package app.distribu.identity.account;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.validation.BindingResult;

/** The first message per field, for forms that show it under the input. */
final class FormErrors {

	private FormErrors() {
	}

	static Map<String, String> of(BindingResult binding) {
		Map<String, String> errors = new LinkedHashMap<>();
		binding.getFieldErrors().forEach((error) -> errors.putIfAbsent(error.getField(), error.getDefaultMessage()));
		return errors;
	}

}
