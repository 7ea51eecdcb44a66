package app.distribu.identity.token;

import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gateway asks here for a session subject's current version when it has none fresh
 * (it learns about revocations from {@code session.revoked} otherwise). Never routed by
 * the gateway; the answer is a number and reveals nothing else.
 */
@RestController
class SessionVersionController {

	private final SessionVersions versions;

	SessionVersionController(SessionVersions versions) {
		this.versions = versions;
	}

	@GetMapping("/internal/sessions/{subject}")
	Map<String, Object> version(@PathVariable UUID subject) {
		return Map.of("subject", subject, "version", this.versions.current(subject));
	}

}
