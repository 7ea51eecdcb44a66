package app.distribu.platform.mail;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One mail to queue: who gets it, the subject, the template pair
 * ({@code mail/<template>.html} and {@code mail/<template>.txt}) and what the template
 * reads (values may be null). The template also sees {@code brand} and {@code subject}.
 *
 * @param companyId the tenant it is about, or null for account mail
 */
public record Mail(String to, String subject, String template, Brand brand, Map<String, Object> model, UUID companyId) {

	public Mail {
		if (to == null || to.isBlank()) {
			throw new IllegalArgumentException("A mail needs a recipient.");
		}
		model = Collections.unmodifiableMap(new LinkedHashMap<>(model));
	}

	/** What the template sees: the model plus the brand and the subject. */
	Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>(this.model);
		variables.put("brand", this.brand);
		variables.put("subject", this.subject);
		return variables;
	}

}
